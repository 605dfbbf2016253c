import type { LocalDate } from '../../calendar/local-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';

/**
 * The day an issue is really due: a due date on a non-working day (a plan step set for a Sunday, or a
 * day an admin later made a holiday) moves to the next working day, as periods do under the Civil
 * Code (art. 203).
 */
export function effectiveDueDate(due: LocalDate, calendar: WorkingCalendar): LocalDate {
  return calendar.workingDayOnOrAfter(due);
}

/** Whether `today` is past the (effective) due date; an issue is due at the end of its due day. */
export function isOverdue(due: LocalDate, today: LocalDate, calendar: WorkingCalendar): boolean {
  return today > effectiveDueDate(due, calendar);
}

/**
 * Working days from the effective due date up to and including `today`; 0 when not overdue. On a
 * non-working day just after the due date it is still 0 although isOverdue is true: no working day
 * has been lost yet.
 */
export function overdueWorkingDays(due: LocalDate, today: LocalDate, calendar: WorkingCalendar): number {
  return Math.max(0, calendar.workingDaysBetween(effectiveDueDate(due, calendar), today));
}
