import type { LocalDate } from '../../calendar/local-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import type { DeadlineSettings } from './deadline-settings.ts';
import { effectiveDueDate, overdueWorkingDays } from './overdue.ts';

/** The nudge ladder of domain.md, in the order a message lists them. */
export const REMINDER_RUNGS = [
  'heads_up',
  'due',
  'overdue',
  'escalate_group',
  'escalate_team',
  'escalate_leader',
] as const;
export type ReminderRung = (typeof REMINDER_RUNGS)[number];

export interface RungQuery {
  readonly due: LocalDate;
  /** The local date of `now` in the district's zone. */
  readonly today: LocalDate;
}

/**
 * The rungs that apply to an open issue on `today`: none on a non-working day; `heads_up` exactly
 * `headsUpDays` working days before the due date; `due` on it; from the first working day after it
 * `overdue` every working day, plus each escalation once overdue by its threshold (they accumulate).
 * Whether the issue is open, snoozed or already reminded is the caller's business.
 */
export function reminderRungsFor(
  query: RungQuery,
  settings: Pick<DeadlineSettings, 'ladder'>,
  calendar: WorkingCalendar,
): ReminderRung[] {
  const { due, today } = query;
  const { ladder } = settings;
  if (!calendar.isWorkingDay(today)) return [];
  const dueDay = effectiveDueDate(due, calendar);
  if (today < dueDay) {
    const daysLeft = calendar.workingDaysBetween(today, dueDay);
    return ladder.headsUpDays > 0 && daysLeft === ladder.headsUpDays ? ['heads_up'] : [];
  }
  if (today === dueDay) return ['due'];
  const overdue = overdueWorkingDays(due, today, calendar);
  const rungs: ReminderRung[] = ['overdue'];
  if (overdue >= ladder.escalateGroupAt) rungs.push('escalate_group');
  if (overdue >= ladder.escalateTeamAt) rungs.push('escalate_team');
  if (overdue >= ladder.escalateLeaderAt) rungs.push('escalate_leader');
  return rungs;
}
