// Pieces shared by the daily digest and the weekly supervision messages.
import type { KnownBlock } from '@slack/types';
import type { Change, MetricKind } from '../../../domain/digests/index.ts';
import { formatChange } from '../../../domain/digests/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import { escapeMrkdwn, truncate } from '../escape.ts';

/** Slack's limits (architecture.md): a section's text and a header's. */
export const SECTION_TEXT_MAX = 3000;
export const HEADER_TEXT_MAX = 150;

/** "Label: value ▲3", one line of a figures section. */
export function figureLine(
  locale: Locale,
  label: string,
  value: string,
  change: Change,
  kind: MetricKind,
  indent = false,
): string {
  const shown = formatChange(change, kind, locale);
  const text = t(locale, 'digest.line', { label, value, change: shown }).trimEnd();
  return indent ? `${t(locale, 'digest.indent')}${text}` : `• ${text}`;
}

/** A person as a digest names them: a mention when they have a Slack account, else their name. */
export function personRef(locale: Locale, name: string | null, slackUserId: string | null): string {
  if (slackUserId && /^[UW][A-Z0-9]+$/.test(slackUserId)) return `<@${slackUserId}>`;
  return name ? nameRef(name) : t(locale, 'digest.owner.none');
}

/** A unit's or a person's name from the directory: escaped, and short enough to keep a line a line. */
export function nameRef(name: string): string {
  return escapeMrkdwn(truncate(name.replace(/\s+/g, ' '), 40));
}

/** A user-typed title inside mrkdwn: escaped and kept short. */
export function titleRef(title: string): string {
  return escapeMrkdwn(truncate(title.replace(/\s+/g, ' '), 60));
}

export function header(text: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, HEADER_TEXT_MAX) } };
}

/** A section of mrkdwn lines under a bold title, cut to Slack's 3000 characters. */
export function section(title: string, lines: readonly string[]): KnownBlock {
  const text = [`*${escapeMrkdwn(title)}*`, ...lines].join('\n');
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, SECTION_TEXT_MAX) } };
}

export function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, SECTION_TEXT_MAX) }] };
}

export function paragraph(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, SECTION_TEXT_MAX) } };
}
