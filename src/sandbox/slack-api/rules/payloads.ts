import type { SlackArgs, SlackBody } from '../types.ts';
import { checkBlocks, maxString, textObject } from './blocks.ts';
import { LIMITS } from './limits.ts';
import { invalidArguments, invalidBlocks, type Problem } from './problems.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A message body (chat.postMessage, chat.update, chat.postEphemeral, response_url): the refusal Slack would
 * answer, or undefined when the message is acceptable.
 */
export function checkMessage(args: SlackArgs, options: { requireContent: boolean }): SlackBody | undefined {
  const { text, blocks, attachments } = args;
  if (options.requireContent && !text && blocks === undefined && attachments === undefined) {
    return { ok: false, error: 'no_text' };
  }
  if (typeof text === 'string' && [...text].length > LIMITS.messageText)
    return { ok: false, error: 'msg_too_long' };
  if (blocks !== undefined) {
    const problems = checkBlocks(blocks, '/blocks', LIMITS.messageBlocks);
    if (problems.length > 0) return invalidBlocks(problems);
  }
  return undefined;
}

/** A view payload for views.open/push/update/publish or a view_submission ack; undefined when valid. */
export function checkView(view: unknown, surface: 'modal' | 'home' | 'any'): SlackBody | undefined {
  const problems = viewProblems(view, surface);
  return problems.length > 0 ? invalidArguments(problems) : undefined;
}

export function viewProblems(view: unknown, surface: 'modal' | 'home' | 'any'): Problem[] {
  if (!isObject(view)) return [{ pointer: '/view', message: 'must be an object' }];
  const type = view.type;
  const allowed = surface === 'any' ? ['modal', 'home'] : [surface];
  if (typeof type !== 'string' || !allowed.includes(type)) {
    return [{ pointer: '/view/type', message: `must be one of: ${allowed.join(', ')}` }];
  }
  const problems: Problem[] = [];
  if (type === 'modal') {
    textObject(view.title, '/view/title', LIMITS.modalTitle, problems, { plainOnly: true });
    for (const button of ['submit', 'close'] as const) {
      if (view[button] !== undefined && view[button] !== null) {
        textObject(view[button], `/view/${button}`, LIMITS.modalButton, problems, { plainOnly: true });
      }
    }
    const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isObject(b) && b.type === 'input');
    if (hasInput && !view.submit) {
      problems.push({ pointer: '/view/submit', message: 'must be provided when the view has input blocks' });
    }
  }
  maxString(view.private_metadata, '/view/private_metadata', LIMITS.privateMetadata, problems);
  maxString(view.callback_id, '/view/callback_id', LIMITS.callbackId, problems);
  maxString(view.external_id, '/view/external_id', LIMITS.externalId, problems);
  problems.push(...checkBlocks(view.blocks, '/view/blocks', LIMITS.surfaceBlocks));
  return problems;
}
