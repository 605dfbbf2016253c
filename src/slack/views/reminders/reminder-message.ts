// The one direct message a person gets from the ladder on a day: a section per kind of reminder, each
// issue with the buttons that fit it. Pure: view model in, Block Kit out.
import type { KnownBlock } from '@slack/types';
import type { LocalDate } from '../../../calendar/index.ts';
import type { IssueStatus } from '../../../domain/issues/index.ts';
import type { ReminderKind } from '../../../domain/reminders/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import { ISSUE_ACTIONS, issueMoveActionId } from '../../ids/issue-actions.ts';
import { escapeMrkdwn, truncate } from '../escape.ts';
import { button, context, plain, section } from '../issues/blocks.ts';
import { localDateTime, statusLabel } from '../issues/labels.ts';

/** How an item stands when the message is drawn: only `active` ones are sent; the rest show on a refresh. */
export type ItemState = 'active' | 'snoozed' | 'informed' | 'settled' | 'lapsed';

export interface ReminderItem {
  issueId: number;
  kind: ReminderKind;
  title: string;
  subject: string | null;
  status: IssueStatus;
  state: ItemState;
  /** The date the ladder runs on (a deferred issue's plan step); null for report-back. */
  due: LocalDate | null;
  overdueDays: number;
  /** Shown on escalations: whose issue it is. */
  ownerName: string | null;
  snoozedUntil: Date | null;
}

export interface ReminderMessageModel {
  locale: Locale;
  timeZone: string;
  localDate: LocalDate;
  recipientName: string;
  items: ReminderItem[];
}

export interface RenderedMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack's limit for a message. */
const MAX_MESSAGE_BLOCKS = 50;

/** Own work first (most urgent first), then what the person supervises. */
const SECTION_ORDER: readonly ReminderKind[] = [
  'overdue',
  'due',
  'heads_up',
  'report_back',
  'escalate_group',
  'escalate_team',
  'escalate_leader',
];

const OWNER_KINDS: readonly ReminderKind[] = ['overdue', 'due', 'heads_up'];

/** 10月9日周五 / Fri 9 Oct: a local date read as a date, whatever the server's zone. */
function dayLabel(locale: Locale, date: LocalDate): string {
  return new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    month: locale === 'zh-CN' ? 'long' : 'short',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

function itemLine(m: ReminderMessageModel, item: ReminderItem): string {
  const title = `*#${item.issueId} ${escapeMrkdwn(truncate(item.title, 200))}*`;
  const facts: string[] = [];
  if (item.subject) facts.push(escapeMrkdwn(truncate(item.subject, 100)));
  if (item.due) facts.push(t(m.locale, 'reminders.item.due', { date: dayLabel(m.locale, item.due) }));
  if (item.overdueDays > 0)
    facts.push(t(m.locale, 'reminders.item.overdue_days', { days: item.overdueDays }));
  if (item.status === 'deferred' && item.kind !== 'report_back')
    facts.push(t(m.locale, 'reminders.item.plan_step'));
  if (item.kind === 'report_back') facts.push(statusLabel(m.locale, item.status));
  if (!OWNER_KINDS.includes(item.kind) && item.kind !== 'report_back' && item.ownerName) {
    facts.push(t(m.locale, 'reminders.item.owner', { name: escapeMrkdwn(item.ownerName) }));
  }
  return `${title}\n${facts.join(' · ')}`;
}

function buttons(m: ReminderMessageModel, item: ReminderItem) {
  const id = String(item.issueId);
  const update = button(t(m.locale, 'reminders.button.update'), ISSUE_ACTIONS.open, id);
  if (item.kind === 'report_back') {
    return [
      button(
        t(m.locale, 'issue.button.enterprise_informed'),
        ISSUE_ACTIONS.enterpriseInformed,
        id,
        'primary',
      ),
      update,
    ];
  }
  // Someone above the owner follows up; snoozing or resolving is the owner's business.
  if (!OWNER_KINDS.includes(item.kind)) return [update];
  return [
    update,
    button(t(m.locale, 'issue.button.resolve'), issueMoveActionId('resolve'), id, 'primary'),
    // Extensions are for issues in progress; a deferred issue's dates are its plan (permissions.ts, 12).
    ...(item.status === 'in_progress'
      ? [button(t(m.locale, 'issue.button.request_extension'), issueMoveActionId('request_extension'), id)]
      : []),
    button(t(m.locale, 'reminders.button.snooze'), ISSUE_ACTIONS.snooze, id),
  ];
}

function stateLine(m: ReminderMessageModel, item: ReminderItem): string {
  switch (item.state) {
    case 'snoozed':
      return t(m.locale, 'reminders.state.snoozed', {
        when: item.snoozedUntil ? localDateTime(item.snoozedUntil, m.timeZone) : '',
      });
    case 'informed':
      return t(m.locale, 'reminders.state.informed');
    case 'settled':
      return t(m.locale, 'reminders.state.settled', { status: statusLabel(m.locale, item.status) });
    default:
      return t(m.locale, 'reminders.state.lapsed');
  }
}

function itemBlocks(m: ReminderMessageModel, item: ReminderItem): KnownBlock[] {
  if (item.state !== 'active')
    return [context(`~#${item.issueId} ${escapeMrkdwn(truncate(item.title, 200))}~ ${stateLine(m, item)}`)];
  return [
    { ...section(itemLine(m, item)), block_id: `reminder.${item.kind}.${item.issueId}` } as KnownBlock,
    {
      type: 'actions',
      block_id: `reminder.actions.${item.kind}.${item.issueId}`,
      elements: buttons(m, item),
    },
  ];
}

/** Items in message order: by section, then the oldest due date first, then by issue number. */
function orderItems(items: readonly ReminderItem[]): ReminderItem[] {
  const rank = (k: ReminderKind) => SECTION_ORDER.indexOf(k);
  return [...items].sort(
    (a, b) =>
      rank(a.kind) - rank(b.kind) || (a.due ?? '').localeCompare(b.due ?? '') || a.issueId - b.issueId,
  );
}

/**
 * The message. Within Slack's 50 blocks: items are listed in order while they fit, keeping a block
 * for the line that says how many more there are.
 */
export function reminderMessage(m: ReminderMessageModel): RenderedMessage {
  const ordered = orderItems(m.items);
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: plain(t(m.locale, 'reminders.title', { date: dayLabel(m.locale, m.localDate) }), 150),
    },
    context(t(m.locale, 'reminders.intro')),
  ];
  let shown = 0;
  let currentKind: ReminderKind | null = null;
  for (const item of ordered) {
    const heading = item.kind === currentKind ? [] : [section(t(m.locale, `reminders.section.${item.kind}`))];
    const next = [...heading, ...itemBlocks(m, item)];
    const isLast = shown === ordered.length - 1;
    const room = MAX_MESSAGE_BLOCKS - blocks.length - (isLast ? 0 : 1);
    if (next.length > room) break;
    blocks.push(...next);
    currentKind = item.kind;
    shown += 1;
  }
  if (shown < ordered.length)
    blocks.push(context(t(m.locale, 'reminders.more', { count: ordered.length - shown })));
  const active = m.items.filter((i) => i.state === 'active').length;
  const text = t(m.locale, 'reminders.fallback', { name: escapeMrkdwn(m.recipientName), count: active });
  return { text, blocks };
}
