import { z } from 'zod';

/**
 * A calendar date in the district's time zone, as 'YYYY-MM-DD'. A string rather than a Date because a
 * JS Date is an instant, and an instant read in another zone (the server's, UTC) is a different day.
 */
export type LocalDate = string & { readonly __brand: 'LocalDate' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when the string is a real date written 'YYYY-MM-DD' (so '2026-02-30' is not). */
export function isLocalDate(value: string): value is LocalDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The value as a LocalDate; throws RangeError when it is not one. */
export function asLocalDate(value: string): LocalDate {
  if (!isLocalDate(value))
    throw new RangeError(`not a date of the form YYYY-MM-DD: ${JSON.stringify(value)}`);
  return value;
}

/** For job payloads and settings: a 'YYYY-MM-DD' string that parses to a LocalDate. */
export const localDateSchema = z
  .string()
  .refine(isLocalDate, { message: 'a date of the form YYYY-MM-DD' })
  .transform((value) => value as LocalDate);

// Day arithmetic runs on UTC midnights, where every day is exactly 24 hours long.
function toUtcMs(date: LocalDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtcMs(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10) as LocalDate;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMs(toUtcMs(date) + days * MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function isWeekend(date: LocalDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Negative, zero or positive, for Array#sort; ISO dates compare as strings. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The local date from its parts, month 1–12; throws RangeError on an impossible date. */
export function localDateFromParts(year: number, month: number, day: number): LocalDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return asLocalDate(text);
}
