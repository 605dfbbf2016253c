import { z } from 'zod';
import type { LocalDate } from './local-date.ts';
import {
  instantAt,
  isLocalTime,
  type LocalTime,
  localDateOf,
  localMinutesOf,
  minutesOfDay,
} from './time-zone.ts';

/** Office hours on a working day, local wall-clock time; `end` is exclusive. */
export interface WorkingHours {
  readonly start: LocalTime;
  readonly end: LocalTime;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '09:00', end: '18:00' };

const localTime = z.string().refine(isLocalTime, { message: 'a time of the form HH:mm' });

export const workingHoursSchema = z
  .object({ start: localTime.default('09:00'), end: localTime.default('18:00') })
  // zod still runs this check when a field failed its own, so it must not assume well-formed times.
  .refine(
    (h) => !isLocalTime(h.start) || !isLocalTime(h.end) || minutesOfDay(h.start) < minutesOfDay(h.end),
    {
      message: 'working hours must start before they end',
      path: ['end'],
    },
  );

/** What the working-time functions need of a calendar; kept narrow so this file needs no other. */
export interface WorkingDays {
  isWorkingDay(date: LocalDate): boolean;
  nextWorkingDay(date: LocalDate): LocalDate;
}

/** Whether `instant` falls on a working day, at or after `hours.start` and before `hours.end`. */
export function isWorkingTime(
  days: WorkingDays,
  instant: Date,
  hours: WorkingHours,
  timeZone: string,
): boolean {
  if (!days.isWorkingDay(localDateOf(instant, timeZone))) return false;
  const minutes = localMinutesOf(instant, timeZone);
  return minutes >= minutesOfDay(hours.start) && minutes < minutesOfDay(hours.end);
}

/** The first start of working hours strictly after `instant` (later today, or a later working day). */
export function nextWorkingTimeStart(
  days: WorkingDays,
  instant: Date,
  hours: WorkingHours,
  timeZone: string,
): Date {
  const today = localDateOf(instant, timeZone);
  if (days.isWorkingDay(today)) {
    const startToday = instantAt(today, hours.start, timeZone);
    if (startToday.getTime() > instant.getTime()) return startToday;
  }
  return instantAt(days.nextWorkingDay(today), hours.start, timeZone);
}

/** `instant` itself when it is working time, else the next start of working hours: when to send. */
export function earliestWorkingTime(
  days: WorkingDays,
  instant: Date,
  hours: WorkingHours,
  timeZone: string,
): Date {
  return isWorkingTime(days, instant, hours, timeZone)
    ? instant
    : nextWorkingTimeStart(days, instant, hours, timeZone);
}

/**
 * The start of working hours on the first working day after the local date of `instant`: the end of a
 * "snooze until the next working day", which must skip the rest of today even before office hours.
 */
export function startOfNextWorkingDay(
  days: WorkingDays,
  instant: Date,
  hours: WorkingHours,
  timeZone: string,
): Date {
  return instantAt(days.nextWorkingDay(localDateOf(instant, timeZone)), hours.start, timeZone);
}
