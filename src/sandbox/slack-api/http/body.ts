import type { IncomingMessage } from 'node:http';
import type { SlackArgs } from '../types.ts';

const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** Fields Slack takes as JSON-encoded strings in form bodies (and also accepts as strings in JSON bodies). */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'files', 'metadata', 'unfurls', 'options']);

export class BodyError extends Error {}

export async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyError('request_too_large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export const mediaType = (req: IncomingMessage): string =>
  (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * Web API arguments from a query string plus a form, JSON or multipart body, with JSON-encoded fields decoded,
 * so recorded calls look the same whichever encoding the caller chose.
 */
export async function parseArgs(
  req: IncomingMessage,
  raw: Buffer,
  query: URLSearchParams,
): Promise<SlackArgs> {
  const args: SlackArgs = Object.fromEntries(query);
  const type = mediaType(req);
  if (raw.length > 0) {
    if (type === 'application/json') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new BodyError('invalid_json');
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new BodyError('invalid_json');
      Object.assign(args, parsed);
    } else if (type === 'multipart/form-data') {
      Object.assign(args, await parseMultipart(req, raw));
    } else {
      Object.assign(args, Object.fromEntries(new URLSearchParams(raw.toString('utf8'))));
    }
  }
  for (const key of JSON_FIELDS) {
    const value = args[key];
    if (typeof value !== 'string') continue;
    try {
      args[key] = JSON.parse(value);
    } catch {
      // Slack would refuse the call; keep the raw string so the handler's validation reports it.
    }
  }
  return args;
}

/** Multipart fields; file parts become Buffers. Uses the platform's own multipart parser. */
export async function parseMultipart(
  req: IncomingMessage,
  raw: Buffer,
): Promise<Record<string, string | Buffer>> {
  const form = await new Response(raw, {
    headers: { 'content-type': req.headers['content-type'] ?? '' },
  }).formData();
  const fields: Record<string, string | Buffer> = {};
  for (const [key, value] of form.entries()) {
    fields[key] = typeof value === 'string' ? value : Buffer.from(await value.arrayBuffer());
  }
  return fields;
}

/** The token from `Authorization: Bearer …`, or the `token` argument Slack also accepts. */
export function tokenOf(req: IncomingMessage, args: SlackArgs): string | undefined {
  const header = req.headers.authorization;
  const match = header?.match(/^Bearer\s+(.+)$/i);
  if (match?.[1]) return match[1].trim();
  return typeof args.token === 'string' && args.token ? args.token : undefined;
}
