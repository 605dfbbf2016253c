import { TZDate } from '@date-fns/tz';
import { type LocalDate, localDateFromParts } from './local-date.ts';

/** The district's zone when configuration names none; every function below takes the zone explicitly. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** A wall-clock time 'HH:mm', 00:00–23:59, or '24:00' for the end of a day. */
export type LocalTime = string;

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export function isLocalTime(value: string): value is LocalTime {
  return LOCAL_TIME.test(value);
}

/** Minutes since local midnight; throws RangeError on anything but 'HH:mm'. */
export function minutesOfDay(time: LocalTime): number {
  if (!isLocalTime(time)) throw new RangeError(`not a time of the form HH:mm: ${JSON.stringify(time)}`);
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

// TZDate quietly yields NaN for an unknown zone; a typo in a zone must fail loudly instead.
function zoned(instant: Date | number, timeZone: string): TZDate {
  const value = new TZDate(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  if (Number.isNaN(value.getTime()) || Number.isNaN(value.getFullYear())) {
    throw new RangeError(`invalid instant or time zone ${JSON.stringify(timeZone)}`);
  }
  return value;
}

/** The calendar date that a clock in `timeZone` shows at `instant`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const local = zoned(instant, timeZone);
  return localDateFromParts(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** Minutes since local midnight that a clock in `timeZone` shows at `instant`. */
export function localMinutesOf(instant: Date, timeZone: string): number {
  const local = zoned(instant, timeZone);
  return local.getHours() * 60 + local.getMinutes();
}

/**
 * The instant at which a clock in `timeZone` shows `date` and `time`. A time skipped by a daylight
 * saving jump moves forward by the jump; a repeated time gives its first occurrence.
 */
export function instantAt(date: LocalDate, time: LocalTime, timeZone: string): Date {
  const minutes = minutesOfDay(time);
  zoned(0, timeZone); // only to reject an unknown zone, which the constructor below would turn into NaN
  const local = new TZDate(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Math.floor(minutes / 60),
    minutes % 60,
    0,
    0,
    timeZone,
  );
  return new Date(local.getTime());
}

/** The instant at which `date` begins in `timeZone`. */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return instantAt(date, '00:00', timeZone);
}
