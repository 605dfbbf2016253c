// Block Kit builders of the visit views, on top of the shared ones (../block-kit.ts).
import type { KnownBlock, PlainTextOption } from '@slack/types';
import { VISIT_ACTIONS } from '../../ids/visit.ts';
import { type InputOptions, inputBlock, plain } from '../block-kit.ts';
import { truncate } from '../escape.ts';

export { context, type InputOptions, mrkdwn, option, plain, section } from '../block-kit.ts';

export function input(
  blockId: string,
  label: string,
  element: Record<string, unknown>,
  o: InputOptions = {},
): KnownBlock {
  return inputBlock(blockId, label, { action_id: VISIT_ACTIONS.value, ...element }, o);
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
