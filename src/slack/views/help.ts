import type { KnownBlock } from '@slack/types';
import { type Locale, t } from '../../i18n/index.ts';

export function helpBlocks(locale: Locale): KnownBlock[] {
  return [
    { type: 'header', text: { type: 'plain_text', text: t(locale, 'help.title') } },
    { type: 'section', text: { type: 'mrkdwn', text: t(locale, 'help.body') } },
  ];
}
helpBlocks.fallback = (locale: Locale): string => t(locale, 'help.title');
