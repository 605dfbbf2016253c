// `/zhuqi help`: every command, the Home tab and the campaign's rules, in the reader's language.
import type { KnownBlock } from '@slack/types';
import { type Locale, t } from '../../i18n/index.ts';
import { escapeMrkdwn, truncate } from './escape.ts';

export interface HelpOptions {
  /** What the user typed after /zhuqi when it is not a subcommand we know. */
  unknownSubcommand?: string;
  /** The not-in-directory message, for someone outside the directory. */
  notice?: string;
}

const context = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

export function helpBlocks(locale: Locale, options: HelpOptions = {}): KnownBlock[] {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: t(locale, 'help.title') } },
  ];
  if (options.unknownSubcommand !== undefined) {
    // Shown inside `code`: backticks would end it early, so they go; the rest is escaped.
    const typed = escapeMrkdwn(truncate(options.unknownSubcommand.replace(/`/g, ''), 40));
    blocks.push(context(t(locale, 'help.unknown_subcommand', { text: typed })));
  }
  if (options.notice !== undefined) blocks.push(section(`:warning: ${options.notice}`));
  blocks.push(
    section(t(locale, 'help.body')),
    section(t(locale, 'help.home')),
    context(t(locale, 'help.rules')),
    context(t(locale, 'help.language')),
  );
  return blocks;
}
helpBlocks.fallback = (locale: Locale): string => t(locale, 'help.title');
