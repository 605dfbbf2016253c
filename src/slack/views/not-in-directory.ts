// What someone outside the cadre directory sees wherever they reach zhuqi: a command reply, their
// Home tab, a modal. The text itself is built by src/slack/not-in-directory.ts.
import type { HomeView, KnownBlock, ModalView } from '@slack/types';
import { type Locale, t } from '../../i18n/index.ts';

export function notInDirectoryBlocks(text: string): KnownBlock[] {
  return [{ type: 'section', text: { type: 'mrkdwn', text } }];
}

export function notInDirectoryHome(locale: Locale, text: string): HomeView {
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: t(locale, 'home.title') } },
      ...notInDirectoryBlocks(text),
    ],
  };
}

export function notInDirectoryModal(locale: Locale, text: string): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: t(locale, 'app.name') },
    close: { type: 'plain_text', text: t(locale, 'errors.not_in_directory.close') },
    blocks: notInDirectoryBlocks(text),
  };
}
