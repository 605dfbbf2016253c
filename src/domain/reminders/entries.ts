// Which reminders are due today, and to whom: the ladder of domain.md turned into ledger entries
// (issue, kind, recipient). Persistence finds the candidates; everything decided about them is here.
import type { LocalDate } from '../../calendar/local-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import type { DeadlineSettings } from '../deadlines/deadline-settings.ts';
import { REMINDER_RUNGS, type ReminderRung, reminderRungsFor } from '../deadlines/reminder-rungs.ts';
import type { CadreId } from '../org/people.ts';

/** A rung of the ladder, or the finder's report-back nudge (谁发现谁反馈). */
export const REMINDER_KINDS = [...REMINDER_RUNGS, 'report_back'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const ESCALATIONS: readonly ReminderKind[] = ['escalate_group', 'escalate_team', 'escalate_leader'];

/** The rungs that go to someone above the owner rather than to the owner. */
function isEscalation(kind: ReminderKind): boolean {
  return ESCALATIONS.includes(kind);
}

/** Who stands above an issue's owner; persistence derives it from the unit tree. */
export interface EscalationChain {
  /** The owner's group head; for a function-group issue the group's lead (the dispatch room's for city). */
  readonly groupHeadId: CadreId | null;
  readonly teamHeadId: CadreId | null;
  readonly leaderId: CadreId | null;
}

export interface LadderCandidate {
  readonly issueId: number;
  /** The date the ladder runs on: the issue's due date, or a deferred issue's next plan step. */
  readonly due: LocalDate;
  readonly ownerId: CadreId;
  /**
   * The owner pressed "snooze until the next working day": their own rung is skipped. Escalations still
   * go, or an owner snoozing every morning would keep an overdue issue from ever reaching the heads.
   */
  readonly ownerSnoozed: boolean;
  readonly chain: EscalationChain;
}

export interface ReportBackCandidate {
  readonly issueId: number;
  readonly finderId: CadreId;
  /** The local date of the issue's last move; null for an issue without history. */
  readonly lastMoveDate: LocalDate | null;
}

/** One row of the reminder ledger, before it gets its local date. */
export interface ReminderEntry {
  readonly issueId: number;
  readonly kind: ReminderKind;
  readonly recipientId: CadreId;
}

function recipientOf(rung: ReminderRung, c: LadderCandidate): CadreId | null {
  switch (rung) {
    case 'escalate_group':
      return c.chain.groupHeadId;
    case 'escalate_team':
      return c.chain.teamHeadId;
    case 'escalate_leader':
      return c.chain.leaderId;
    default:
      return c.ownerId;
  }
}

/**
 * The entries of one issue's rungs. The owner gets their own rung only, not escalations about
 * themselves (a group head owning an issue is not told to chase it); someone who is two heads of the
 * chain at once gets the higher rung only, so the issue appears once in their message.
 */
export function ladderEntries(candidate: LadderCandidate, rungs: readonly ReminderRung[]): ReminderEntry[] {
  const byRecipient = new Map<CadreId, ReminderEntry>();
  // REMINDER_RUNGS order is ascending severity: a later rung for the same person replaces an earlier one.
  for (const rung of REMINDER_RUNGS) {
    if (!rungs.includes(rung)) continue;
    const recipientId = recipientOf(rung, candidate);
    if (recipientId === null) continue;
    if (isEscalation(rung) ? recipientId === candidate.ownerId : candidate.ownerSnoozed) continue;
    byRecipient.set(recipientId, { issueId: candidate.issueId, kind: rung, recipientId });
  }
  return [...byRecipient.values()];
}

/**
 * The finder owes the enterprise news of the issue's last move from the next working day on, every
 * working day until they press "enterprise informed".
 */
export function reportBackDue(
  lastMoveDate: LocalDate | null,
  today: LocalDate,
  calendar: WorkingCalendar,
): boolean {
  return lastMoveDate !== null && lastMoveDate < today && calendar.isWorkingDay(today);
}

export interface DueReminderInput {
  readonly ladder: readonly LadderCandidate[];
  readonly reportBack: readonly ReportBackCandidate[];
}

/** Every reminder due on `today`: the ladder's rungs of each candidate plus the report-back nudges. */
export function dueReminders(
  input: DueReminderInput,
  today: LocalDate,
  settings: Pick<DeadlineSettings, 'ladder'>,
  calendar: WorkingCalendar,
): ReminderEntry[] {
  // Thousands of overdue issues share a few hundred due dates; each date's rungs are worked out once.
  const rungsByDue = new Map<LocalDate, ReminderRung[]>();
  const rungsOf = (due: LocalDate) => {
    let rungs = rungsByDue.get(due);
    if (!rungs) {
      rungs = reminderRungsFor({ due, today }, settings, calendar);
      rungsByDue.set(due, rungs);
    }
    return rungs;
  };
  const entries = input.ladder.flatMap((c) => ladderEntries(c, rungsOf(c.due)));
  for (const c of input.reportBack) {
    if (reportBackDue(c.lastMoveDate, today, calendar)) {
      entries.push({ issueId: c.issueId, kind: 'report_back', recipientId: c.finderId });
    }
  }
  return entries;
}

/** A stable key of an entry, to compare what was recorded in the morning with what still holds. */
export function entryKey(entry: ReminderEntry): string {
  return `${entry.issueId}:${entry.kind}:${entry.recipientId}`;
}
