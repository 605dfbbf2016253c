import type { CalendarDay, CalendarDays } from './calendar-day.ts';
import { addCalendarDays, isWeekend, type LocalDate } from './local-date.ts';
import { statutoryDays } from './statutory-days.ts';
import {
  earliestWorkingTime,
  isWorkingTime,
  nextWorkingTimeStart,
  startOfNextWorkingDay,
  type WorkingHours,
} from './working-hours.ts';

/** Working days on the Chinese statutory calendar (holidays and 调休 make-up days) plus an admin's overrides. */
export interface WorkingCalendar {
  /** A make-up Saturday is a working day; a holiday Monday is not. */
  isWorkingDay(date: LocalDate): boolean;
  /** The holiday or make-up day listed for `date`, if any (undefined for an ordinary day). */
  dayInfo(date: LocalDate): CalendarDay | undefined;
  /** The n-th working day after `date` (n ≥ 0); `date` itself, working or not, when n is 0. */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate;
  /** `date` when it is a working day, else the next one: a deadline on a holiday moves to the next working day. */
  workingDayOnOrAfter(date: LocalDate): LocalDate;
  /** Working days in (a, b]: how many working days b is after a; negative when b is before a. */
  workingDaysBetween(a: LocalDate, b: LocalDate): number;
  isWorkingTime(instant: Date, hours: WorkingHours, timeZone: string): boolean;
  /** The first start of working hours strictly after `instant`. */
  nextWorkingTimeStart(instant: Date, hours: WorkingHours, timeZone: string): Date;
  /** `instant` if it is working time, else the next start of working hours: when a deferred send may go. */
  earliestWorkingTime(instant: Date, hours: WorkingHours, timeZone: string): Date;
  /** Start of working hours on the first working day after the local date of `instant` (snooze). */
  startOfNextWorkingDay(instant: Date, hours: WorkingHours, timeZone: string): Date;
}

export interface WorkingCalendarSource {
  /** Defaults to the shipped schedule; tests pass an empty map for a plain Monday–Friday week. */
  readonly statutory?: CalendarDays;
  /** An admin's days (set by hand or imported from .ics); they win over the statutory ones. */
  readonly overrides?: CalendarDays;
}

export function createWorkingCalendar(source: WorkingCalendarSource = {}): WorkingCalendar {
  const days: CalendarDays = new Map([...(source.statutory ?? statutoryDays), ...(source.overrides ?? [])]);

  const isWorkingDay = (date: LocalDate): boolean => {
    const listed = days.get(date);
    return listed ? listed.kind === 'workday' : !isWeekend(date);
  };

  const addWorkingDays = (date: LocalDate, n: number): LocalDate => {
    if (!Number.isSafeInteger(n) || n < 0)
      throw new RangeError(`working days to add must be an integer ≥ 0, got ${n}`);
    let current = date;
    for (let left = n; left > 0; ) {
      current = addCalendarDays(current, 1);
      if (isWorkingDay(current)) left -= 1;
    }
    return current;
  };

  const nextWorkingDay = (date: LocalDate): LocalDate => addWorkingDays(date, 1);

  const countAfterUpTo = (from: LocalDate, to: LocalDate): number => {
    let count = 0;
    for (let current = addCalendarDays(from, 1); current <= to; current = addCalendarDays(current, 1)) {
      if (isWorkingDay(current)) count += 1;
    }
    return count;
  };

  const calendar: WorkingCalendar = {
    isWorkingDay,
    dayInfo: (date) => days.get(date),
    addWorkingDays,
    nextWorkingDay,
    workingDayOnOrAfter: (date) => (isWorkingDay(date) ? date : nextWorkingDay(date)),
    // `0 -` rather than unary minus, which would give -0 and fail strict equality with 0.
    workingDaysBetween: (a, b) => (a <= b ? countAfterUpTo(a, b) : 0 - countAfterUpTo(b, a)),
    isWorkingTime: (instant, hours, timeZone) => isWorkingTime(calendar, instant, hours, timeZone),
    nextWorkingTimeStart: (instant, hours, timeZone) =>
      nextWorkingTimeStart(calendar, instant, hours, timeZone),
    earliestWorkingTime: (instant, hours, timeZone) =>
      earliestWorkingTime(calendar, instant, hours, timeZone),
    startOfNextWorkingDay: (instant, hours, timeZone) =>
      startOfNextWorkingDay(calendar, instant, hours, timeZone),
  };
  return calendar;
}
