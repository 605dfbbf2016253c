// Block Kit builders every view shares. Whatever a user typed goes through `escapeMrkdwn` before it
// reaches a mrkdwn text; plain_text is never parsed for mentions, so it is only cut to Slack's limits.
import type { Button, KnownBlock, PlainTextOption } from '@slack/types';
import { truncate } from './escape.ts';

export const plain = (text: string, max = 3000) => ({
  type: 'plain_text' as const,
  text: truncate(text, max),
});

export const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text: truncate(text, 3000) });

export const section = (text: string, blockId?: string): KnownBlock => ({
  type: 'section',
  ...(blockId ? { block_id: blockId } : {}),
  text: mrkdwn(text),
});

export const context = (text: string, blockId?: string): KnownBlock => ({
  type: 'context',
  ...(blockId ? { block_id: blockId } : {}),
  elements: [mrkdwn(text)],
});

/** Option text is limited to 75 characters, the value to 150. */
export const option = (text: string, value: string): PlainTextOption => ({ text: plain(text, 75), value });

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return { type: 'button', text: plain(text, 75), action_id: actionId, value, ...(style ? { style } : {}) };
}

export interface InputOptions {
  optional?: boolean;
  hint?: string;
  /** Send a block action as the user fills it in (`dispatch_action`). */
  dispatch?: boolean;
}

/** An input block; `element` carries its own `action_id` (each feature reads its inputs by its own id). */
export function inputBlock(
  blockId: string,
  label: string,
  element: Record<string, unknown>,
  o: InputOptions = {},
): KnownBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label, 2000),
    element,
    ...(o.optional ? { optional: true } : {}),
    ...(o.hint ? { hint: plain(o.hint, 2000) } : {}),
    ...(o.dispatch ? { dispatch_action: true } : {}),
    // The element builders return plain records (one per element kind); the fake Slack and the
    // sandbox validate the result against Slack's rules in tests.
  } as unknown as KnownBlock;
}
