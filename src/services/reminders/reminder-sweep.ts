// The reminder sweep (every 15 minutes, or `job run reminders`): in working time, find what is due on
// each rung, record it in the ledger and queue one message per recipient, all in one transaction.
// Sending is the outbox's job (reminder.send); the ledger's unique keys make a second sweep of the
// same day, a retried job or a sweep racing another one record and queue nothing twice.
import type { WorkingCalendar } from '../../calendar/index.ts';
import { localDateOf } from '../../calendar/index.ts';
import { outboxMessage, writeOutbox } from '../../delivery/outbox.ts';
import type { DeadlineSettings } from '../../domain/deadlines/index.ts';
import { dueReminders, ladderWindow } from '../../domain/reminders/index.ts';
import type { Db } from '../../persistence/prisma.ts';
import { findReminderCandidates } from '../../persistence/reminders/reminder-candidates.ts';
import { recordReminders } from '../../persistence/reminders/reminder-ledger.ts';
import { reminderSend } from './reminder-topics.ts';

export interface SweepDeps {
  db: Db;
  timeZone: string;
  calendar(): Promise<WorkingCalendar>;
  settings(): Promise<DeadlineSettings>;
}

export type SweepResult =
  | { ran: false; reason: 'outside_working_time'; at: string }
  | {
      ran: true;
      at: string;
      localDate: string;
      /** Issues with a rung or a report-back today. */
      candidates: number;
      /** Ledger entries new with this sweep. */
      entries: number;
      /** Messages queued by this sweep: one per recipient, never one per issue. */
      messages: number;
      /** Time of the candidate query, and of writing the ledger and the outbox. */
      queryMs: number;
      writeMs: number;
    };

export async function runReminderSweep(deps: SweepDeps, at: Date): Promise<SweepResult> {
  const [calendar, settings] = await Promise.all([deps.calendar(), deps.settings()]);
  const today = localDateOf(at, deps.timeZone);
  const window = ladderWindow(today, settings, calendar);
  if (!window || !calendar.isWorkingTime(at, settings.workingHours, deps.timeZone)) {
    return { ran: false, reason: 'outside_working_time', at: at.toISOString() };
  }
  const started = performance.now();
  const candidates = await findReminderCandidates(deps.db, { window, at, timeZone: deps.timeZone });
  const entries = dueReminders(candidates, today, settings, calendar);
  const queried = performance.now();
  const recorded = await deps.db.$transaction(
    async (tx) => {
      const result = await recordReminders(tx, today, entries);
      await writeOutbox(
        tx,
        result.messages.map((m) =>
          outboxMessage(reminderSend, { messageId: String(m.id), at: at.toISOString() }, `reminder:${m.id}`),
        ),
      );
      return result;
    },
    // A district's worth of entries is one statement, but a busy server can make it slow.
    { timeout: 60_000, maxWait: 30_000 },
  );
  return {
    ran: true,
    at: at.toISOString(),
    localDate: today,
    candidates: candidates.ladder.length + candidates.reportBack.length,
    entries: recorded.entries,
    messages: recorded.messages.length,
    queryMs: Math.round(queried - started),
    writeMs: Math.round(performance.now() - queried),
  };
}
