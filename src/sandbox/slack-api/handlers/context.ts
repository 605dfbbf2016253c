import type { Workspace } from '../state/workspace.ts';
import type { SlackArgs, SlackBody } from '../types.ts';

export interface HandlerContext {
  ws: Workspace;
  /** `http://127.0.0.1:PORT`, for URLs the fake hands out (file upload URLs). */
  origin: string;
}

/** One Web API method: parsed arguments in, Slack's JSON answer out (HTTP 200 either way, like Slack). */
export type MethodHandler = (args: SlackArgs, ctx: HandlerContext) => SlackBody;

export const ok = (fields: Record<string, unknown> = {}): SlackBody => ({ ok: true, ...fields });

export const fail = (error: string, fields: Record<string, unknown> = {}): SlackBody => ({
  ok: false,
  error,
  ...fields,
});

export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/** Form bodies carry booleans as strings. */
export const bool = (value: unknown): boolean => value === true || value === 'true' || value === '1';
