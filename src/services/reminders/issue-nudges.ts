// The reminder message's own button: snooze (the owner: leave this issue alone until the next working
// day). It writes the issue and, in the same transaction, the outbox row that redraws the reminder
// message it was pressed in. ("Enterprise informed", the other button this feature relies on, is the
// issue card's: src/services/issue-views.ts.)
import type { WorkingCalendar } from '../../calendar/index.ts';
import { outboxMessage, writeOutbox } from '../../delivery/outbox.ts';
import type { DeadlineSettings } from '../../domain/deadlines/index.ts';
import { actsAsOwner } from '../../domain/issues/index.ts';
import type { Actor } from '../../domain/org/people.ts';
import { loadIssueSnapshot } from '../../persistence/issues/issue-repository.ts';
import type { OrgRepository } from '../../persistence/org/org-repository.ts';
import type { Db } from '../../persistence/prisma.ts';
import { findReminderMessageByPost } from '../../persistence/reminders/reminder-content.ts';
import { reminderRefresh } from './reminder-topics.ts';

export interface NudgeDeps {
  db: Db;
  org: OrgRepository;
  clock: () => Date;
  timeZone: string;
  calendar: () => Promise<WorkingCalendar>;
  settings: () => Promise<DeadlineSettings>;
}

/** The message a button was pressed in (channel and ts), when it was a message. */
export interface PressedIn {
  channelId: string;
  ts: string;
}

export type SnoozeOutcome =
  | { ok: true; until: Date }
  | { ok: false; reason: 'not_found' | 'forbidden' | 'not_open' };

const SNOOZABLE = ['in_progress', 'deferred'];

export function createIssueNudges(deps: NudgeDeps) {
  return {
    /**
     * Until the start of working hours on the next working day, for the owner or a head acting as owner
     * (the reminders of everyone on the issue's chain pause with it). Pressing again changes nothing.
     */
    async snooze(actor: Actor, issueId: number, pressedIn: PressedIn | null): Promise<SnoozeOutcome> {
      const now = deps.clock();
      const [calendar, settings] = await Promise.all([deps.calendar(), deps.settings()]);
      const until = calendar.startOfNextWorkingDay(now, settings.workingHours, deps.timeZone);
      return deps.db.$transaction(async (tx): Promise<SnoozeOutcome> => {
        const loaded = await loadIssueSnapshot(tx, deps.org, issueId);
        if (!loaded) return { ok: false, reason: 'not_found' };
        if (!SNOOZABLE.includes(loaded.snapshot.state.status)) return { ok: false, reason: 'not_open' };
        if (!actsAsOwner(loaded.snapshot, actor)) return { ok: false, reason: 'forbidden' };
        await tx.issue.update({ where: { id: issueId }, data: { snoozedUntil: until } });
        const message = pressedIn ? await findReminderMessageByPost(tx, actor.cadreId, pressedIn) : null;
        if (message) {
          const id = String(message.id);
          const key = `reminder:${id}:refresh:snooze:${issueId}:${until.toISOString()}`;
          await writeOutbox(tx, [
            outboxMessage(reminderRefresh, { messageId: id, at: now.toISOString() }, key),
          ]);
        }
        return { ok: true, until };
      });
    },
  };
}

export type IssueNudges = ReturnType<typeof createIssueNudges>;
