// One reminder message as it stands now: its ledger entries, each checked against the issue's present
// state with the sweep's own query and rules (a closed, resolved, snoozed, reassigned or extended issue
// no longer has the rung it had in the morning). Used to send the message and to redraw it.
import type { LocalDate, WorkingCalendar } from '../../calendar/index.ts';
import { type DeadlineSettings, overdueWorkingDays } from '../../domain/deadlines/index.ts';
import { dueReminders, entryKey, ladderWindow } from '../../domain/reminders/index.ts';
import { type Locale, toLocale } from '../../i18n/index.ts';
import { loadWorkingCalendar } from '../../persistence/calendar/calendar-repository.ts';
import type { Db } from '../../persistence/prisma.ts';
import { findReminderCandidates } from '../../persistence/reminders/reminder-candidates.ts';
import {
  loadReminderContent,
  type ReminderIssueRow,
  type ReminderRecipient,
} from '../../persistence/reminders/reminder-content.ts';
import { loadDeadlineSettings } from '../../persistence/settings/settings-repository.ts';
import type {
  ItemState,
  ReminderItem,
  ReminderMessageModel,
} from '../../slack/views/reminders/reminder-message.ts';

export interface ModelRequest {
  recipientId: number;
  localDate: LocalDate;
  /** The instant the message is drawn for (snoozes end, plan steps pass). */
  now: Date;
  timeZone: string;
  fallbackLocale: Locale;
}

export interface BuiltModel {
  recipient: ReminderRecipient;
  model: ReminderMessageModel;
}

const OPEN = ['in_progress', 'deferred'];

function lostState(row: ReminderIssueRow, now: Date): ItemState {
  if (row.kind === 'report_back') {
    if (row.enterpriseInformedAt !== null) return 'informed';
    return row.status === 'closed' || row.status === 'withdrawn' ? 'settled' : 'lapsed';
  }
  if (!OPEN.includes(row.status)) return 'settled';
  if (row.snoozedUntil !== null && row.snoozedUntil > now) return 'snoozed';
  return 'lapsed';
}

async function currentEntries(
  db: Db,
  req: ModelRequest,
  issueIds: number[],
  calendar: WorkingCalendar,
  settings: DeadlineSettings,
) {
  const window = ladderWindow(req.localDate, settings, calendar);
  // The day became a holiday since the sweep (an admin's calendar change): nothing is due on it.
  if (!window || issueIds.length === 0)
    return { keys: new Set<string>(), dues: new Map<number, LocalDate>() };
  const candidates = await findReminderCandidates(db, {
    window,
    at: req.now,
    timeZone: req.timeZone,
    issueIds,
  });
  const entries = dueReminders(candidates, req.localDate, settings, calendar);
  return {
    keys: new Set(entries.filter((e) => e.recipientId === req.recipientId).map(entryKey)),
    dues: new Map(candidates.ladder.map((c) => [c.issueId, c.due])),
  };
}

export async function buildReminderModel(db: Db, req: ModelRequest): Promise<BuiltModel | null> {
  const content = await loadReminderContent(db, req.recipientId, req.localDate);
  if (!content) return null;
  const [calendar, settings] = await Promise.all([loadWorkingCalendar(db), loadDeadlineSettings(db)]);
  const issueIds = [...new Set(content.rows.map((r) => r.issueId))];
  const { keys, dues } = await currentEntries(db, req, issueIds, calendar, settings);
  const items: ReminderItem[] = content.rows.map((row) => {
    const active = keys.has(entryKey({ issueId: row.issueId, kind: row.kind, recipientId: req.recipientId }));
    const due = row.kind === 'report_back' ? null : (dues.get(row.issueId) ?? null);
    return {
      issueId: row.issueId,
      kind: row.kind,
      title: row.title,
      subject: row.subject,
      status: row.status,
      state: active ? 'active' : lostState(row, req.now),
      due,
      overdueDays: due === null ? 0 : overdueWorkingDays(due, req.localDate, calendar),
      ownerName: row.ownerName,
      snoozedUntil: row.snoozedUntil,
    };
  });
  return {
    recipient: content.recipient,
    model: {
      locale: toLocale(content.recipient.locale, req.fallbackLocale),
      timeZone: req.timeZone,
      localDate: req.localDate,
      recipientName: content.recipient.name,
      items,
    },
  };
}
