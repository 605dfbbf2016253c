// Calendar questions the digests ask, answered once in JavaScript so that the SQL can compare a date
// column with a constant instead of evaluating the working-day calendar row by row.
import { addCalendarDays, dayOfWeek, type LocalDate } from '../../calendar/local-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';

// A calendar where no working day exists for years is a broken admin override, not a real schedule.
const MAX_DAYS_BACK = 3660;

/**
 * The latest due date that is overdue on `today` by at least `minDays` working days, in the sense of
 * src/domain/deadlines/overdue.ts: `due <= cutoff` exactly when `isOverdue(due, today)` (minDays 0)
 * or `overdueWorkingDays(due, today) >= minDays` (minDays ≥ 1). The cutoff is always a working day:
 * a due date on a non-working day only counts from the next working day, so it falls on the same
 * side of a working-day cutoff as that day does.
 */
export function overdueCutoff(today: LocalDate, calendar: WorkingCalendar, minDays = 0): LocalDate {
  let counted = 0;
  let day = today;
  for (let step = 0; step < MAX_DAYS_BACK; step++) {
    if (calendar.isWorkingDay(day)) counted += 1;
    day = addCalendarDays(day, -1);
    // Here `counted` is the number of working days in (day, today].
    if (counted >= minDays && calendar.isWorkingDay(day)) return day;
  }
  throw new RangeError(`no working day in the ${MAX_DAYS_BACK} days before ${today}`);
}

/**
 * The latest local date D with more than `days` working days in (D, today]: something that happened
 * on D or before has waited more than `days` working days by `today` (a resolution not closed out).
 */
export function waitedMoreThanCutoff(today: LocalDate, calendar: WorkingCalendar, days: number): LocalDate {
  let counted = 0;
  let day = today;
  for (let step = 0; step < MAX_DAYS_BACK; step++) {
    if (calendar.isWorkingDay(day)) counted += 1;
    day = addCalendarDays(day, -1);
    if (counted > days) return day;
  }
  throw new RangeError(`fewer than ${days + 1} working days in the ${MAX_DAYS_BACK} days before ${today}`);
}

/** Monday of the ISO week (Monday to Sunday) holding `date`. */
export function isoWeekMonday(date: LocalDate): LocalDate {
  return addCalendarDays(date, -((dayOfWeek(date) + 6) % 7));
}

/**
 * The first working day of the ISO week holding `date`: Monday, or after a holiday Monday the day the
 * district goes back to work (a make-up Saturday or Sunday counts); null for a week with none.
 */
export function firstWorkingDayOfWeek(date: LocalDate, calendar: WorkingCalendar): LocalDate | null {
  const monday = isoWeekMonday(date);
  for (let i = 0; i < 7; i++) {
    const day = addCalendarDays(monday, i);
    if (calendar.isWorkingDay(day)) return day;
  }
  return null;
}

/** Whether the weekly supervision report is due on `date`. */
export function isFirstWorkingDayOfWeek(date: LocalDate, calendar: WorkingCalendar): boolean {
  return firstWorkingDayOfWeek(date, calendar) === date;
}
