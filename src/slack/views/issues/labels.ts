// The catalog's words for the issue vocabulary, and how people, dates and instants are written.
import { localDateOf, localMinutesOf } from '../../../calendar/index.ts';
import type {
  FeedbackVerdict,
  IssueCategory,
  IssueLevel,
  IssueStatus,
  Move,
  Urgency,
  WithdrawReason,
} from '../../../domain/issues/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import type { HistoryKind, PersonRef } from '../../../persistence/issues/issue-card-data.ts';
import { escapeMrkdwn } from '../escape.ts';

export const statusLabel = (l: Locale, s: IssueStatus) => t(l, `issue.status.${s}`);
export const levelLabel = (l: Locale, v: IssueLevel) => t(l, `issue.level.${v}`);
export const categoryLabel = (l: Locale, c: IssueCategory) => t(l, `issue.category.${c}`);
export const urgencyLabel = (l: Locale, u: Urgency) => t(l, `issue.urgency.${u}`);
export const verdictLabel = (l: Locale, v: FeedbackVerdict) => t(l, `issue.verdict.${v}`);
export const withdrawReasonLabel = (l: Locale, r: WithdrawReason) => t(l, `issue.withdraw_reason.${r}`);
export const buttonLabel = (l: Locale, m: Move) => t(l, `issue.button.${m}`);
export const historyLabel = (l: Locale, k: HistoryKind) => t(l, `issue.history.${k}`);

/**
 * A person by their directory name, escaped. Not a mention: a card in the dispatch channel would ping
 * (and invite) every finder and owner it names, and again on each update.
 */
export function personName(l: Locale, p: PersonRef | null | undefined): string {
  return p ? escapeMrkdwn(p.name) : t(l, 'issue.card.unknown_person');
}

/** 'YYYY-MM-DD HH:mm' as a clock in the district shows it. */
export function localDateTime(at: Date, timeZone: string): string {
  const minutes = localMinutesOf(at, timeZone);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${localDateOf(at, timeZone)} ${hh}:${mm}`;
}

/** A quoted comment under a line of history or a notice; cut so a card stays inside Slack's limits. */
export function quote(text: string | null, max = 300): string {
  if (!text) return '';
  const chars = [...text];
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
  return escapeMrkdwn(cut)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
