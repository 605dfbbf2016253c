import { addCalendarDays, type LocalDate } from '../../calendar/local-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import type { DeadlineSettings } from '../deadlines/deadline-settings.ts';

/**
 * What the sweep's query needs to know about `today` so that PostgreSQL, not the worker, narrows
 * 100,000 open issues down to the few with a rung today. Every due date with a rung is at most
 * `horizon`, so `due_date <= horizon` is one range scan of the (status, due_date) index that misses
 * none (with the default heads-up, one working day ahead, it holds nothing else either); the rungs
 * themselves are then computed by reminderRungsFor, the one place that defines them.
 */
export interface LadderWindow {
  readonly today: LocalDate;
  /**
   * The latest due date with a rung today: `headsUpDays` working days ahead (today when heads-ups are
   * off). A due date on a non-working day counts from the next working day, so a date up to this one
   * and no later can still fall inside the heads-up.
   */
  readonly horizon: LocalDate;
  /**
   * Plan steps dated after this day are still ahead of a deferred issue: the working day before today.
   * A step on the weekend just before today is due today (its effective date), so "after yesterday"
   * rather than "from today".
   */
  readonly stepsAfter: LocalDate;
}

/** The working day before `date`. */
export function previousWorkingDay(date: LocalDate, calendar: WorkingCalendar): LocalDate {
  // Holidays last a week at most; a year of non-working days would be a broken calendar.
  for (let back = 1; back <= 366; back += 1) {
    const day = addCalendarDays(date, -back);
    if (calendar.isWorkingDay(day)) return day;
  }
  throw new RangeError(`no working day in the year before ${date}`);
}

/** The window of `today`, or null on a non-working day (the ladder is silent then). */
export function ladderWindow(
  today: LocalDate,
  settings: Pick<DeadlineSettings, 'ladder'>,
  calendar: WorkingCalendar,
): LadderWindow | null {
  if (!calendar.isWorkingDay(today)) return null;
  const ahead = settings.ladder.headsUpDays;
  return {
    today,
    horizon: ahead > 0 ? calendar.addWorkingDays(today, ahead) : today,
    stepsAfter: previousWorkingDay(today, calendar),
  };
}
