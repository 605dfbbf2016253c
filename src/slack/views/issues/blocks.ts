// Block Kit builders of the issue views, on top of the shared ones (../block-kit.ts).
import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { type Locale, t } from '../../../i18n/index.ts';
import { INPUT_ACTION } from '../../ids/issue-views.ts';
import { type InputOptions, inputBlock, plain } from '../block-kit.ts';
import { truncate } from '../escape.ts';

export { button, context, mrkdwn, option, plain, section } from '../block-kit.ts';

export function input(
  blockId: string,
  label: string,
  element: Record<string, unknown>,
  o: InputOptions = {},
): KnownBlock {
  return inputBlock(blockId, label, { action_id: INPUT_ACTION, ...element }, o);
}

export const textInput = (o: { multiline?: boolean; max?: number; initial?: string } = {}) => ({
  type: 'plain_text_input',
  ...(o.multiline ? { multiline: true } : {}),
  ...(o.max ? { max_length: o.max } : {}),
  ...(o.initial ? { initial_value: truncate(o.initial, o.max ?? 3000) } : {}),
});

export const datepicker = (initial?: string | null) => ({
  type: 'datepicker',
  ...(initial ? { initial_date: initial } : {}),
});

export const usersSelect = (initial?: string) => ({
  type: 'users_select',
  ...(initial ? { initial_user: initial } : {}),
});

export const staticSelect = (options: PlainTextOption[], initial?: PlainTextOption) => ({
  type: 'static_select',
  options,
  ...(initial ? { initial_option: initial } : {}),
});

export const radios = (options: PlainTextOption[], initial?: PlainTextOption) => ({
  type: 'radio_buttons',
  options,
  ...(initial ? { initial_option: initial } : {}),
});

/** A modal of the issue flows: title and buttons cut to Slack's 24 characters. */
export function modal(
  locale: Locale,
  o: { callbackId: string; title: string; blocks: KnownBlock[]; metadata?: string; submit?: boolean },
): ModalView {
  return {
    type: 'modal',
    callback_id: o.callbackId,
    title: plain(o.title, 24),
    ...(o.submit === false ? {} : { submit: plain(t(locale, 'issue.form.submit'), 24) }),
    close: plain(t(locale, o.submit === false ? 'issue.form.close' : 'issue.form.cancel'), 24),
    ...(o.metadata ? { private_metadata: o.metadata } : {}),
    blocks: o.blocks.slice(0, 100),
  };
}
