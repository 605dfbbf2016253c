// Small Block Kit builders shared by the issue views. Whatever a user typed goes through `escapeMrkdwn`
// before it reaches a mrkdwn text; plain_text is never parsed for mentions, so it only needs cutting.
import type { Button, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { type Locale, t } from '../../../i18n/index.ts';
import { INPUT_ACTION } from '../../ids/issue-views.ts';
import { truncate } from '../escape.ts';

export const plain = (text: string, max = 3000) => ({
  type: 'plain_text' as const,
  text: truncate(text, max),
});
export const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text: truncate(text, 3000) });

export const section = (text: string): KnownBlock => ({ type: 'section', text: mrkdwn(text) });
export const context = (text: string): KnownBlock => ({ type: 'context', elements: [mrkdwn(text)] });

export const option = (text: string, value: string): PlainTextOption => ({ text: plain(text, 75), value });

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return { type: 'button', text: plain(text, 75), action_id: actionId, value, ...(style ? { style } : {}) };
}

interface InputOptions {
  optional?: boolean;
  hint?: string;
  dispatch?: boolean;
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
    element: { action_id: INPUT_ACTION, ...element },
    ...(o.optional ? { optional: true } : {}),
    ...(o.hint ? { hint: plain(o.hint, 2000) } : {}),
    ...(o.dispatch ? { dispatch_action: true } : {}),
  } as KnownBlock;
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
