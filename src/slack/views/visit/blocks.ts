// Small Block Kit builders for the visit views. User text reaching mrkdwn goes through escapeMrkdwn
// first; plain_text is never parsed for mentions, so it is only cut to Slack's limits.
import type { KnownBlock, PlainTextOption } from '@slack/types';
import { VISIT_ACTIONS } from '../../ids/visit.ts';
import { truncate } from '../escape.ts';

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

export interface InputOptions {
  optional?: boolean;
  hint?: string;
}

export function input(
  blockId: string,
  label: string,
  element: Record<string, unknown>,
  o: InputOptions = {},
): KnownBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label, 2000),
    element: { action_id: VISIT_ACTIONS.value, ...element },
    ...(o.optional ? { optional: true } : {}),
    ...(o.hint ? { hint: plain(o.hint, 2000) } : {}),
  } as KnownBlock;
}

export const textInput = (o: {
  multiline?: boolean;
  max: number;
  initial?: string;
  placeholder?: string;
}) => ({
  type: 'plain_text_input',
  max_length: o.max,
  ...(o.multiline ? { multiline: true } : {}),
  ...(o.initial ? { initial_value: truncate(o.initial, o.max) } : {}),
  ...(o.placeholder ? { placeholder: plain(o.placeholder, 150) } : {}),
});

/** A single choice among `options`, pre-set to `initial` when it is one of them. */
export function choiceOf(
  type: 'static_select' | 'radio_buttons',
  options: PlainTextOption[],
  initial: string | null,
): Record<string, unknown> {
  const selected = options.find((o) => o.value === initial);
  return { type, options, ...(selected ? { initial_option: selected } : {}) };
}
