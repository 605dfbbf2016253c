import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  asLocalDate,
  compareLocalDates,
  dayOfWeek,
  isLocalDate,
  isWeekend,
  localDateFromParts,
  localDateSchema,
} from '../../../src/calendar/local-date.ts';

const d = asLocalDate;

describe('LocalDate', () => {
  it('accepts real dates written YYYY-MM-DD only', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2028-02-29')).toBe(true);
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-2-3',
      '2026-02-03T00:00',
      '',
      '20260203',
    ]) {
      expect(isLocalDate(bad), bad).toBe(false);
    }
    expect(() => asLocalDate('2026-02-30')).toThrow(RangeError);
  });

  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays(d('2026-02-28'), 1)).toBe('2026-03-01');
    expect(addCalendarDays(d('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addCalendarDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addCalendarDays(d('2026-01-01'), -1)).toBe('2025-12-31');
    expect(addCalendarDays(d('2026-03-29'), 0)).toBe('2026-03-29');
  });

  it('knows the weekday without a time zone getting in the way', () => {
    expect(dayOfWeek(d('2026-02-14'))).toBe(6);
    expect(dayOfWeek(d('2026-09-20'))).toBe(0);
    expect(dayOfWeek(d('2026-10-01'))).toBe(4);
    expect(isWeekend(d('2026-02-14'))).toBe(true);
    expect(isWeekend(d('2026-02-13'))).toBe(false);
  });

  it('compares, builds from parts and parses with zod', () => {
    expect(compareLocalDates(d('2026-01-02'), d('2026-01-10'))).toBe(-1);
    expect(compareLocalDates(d('2026-01-10'), d('2026-01-02'))).toBe(1);
    expect(compareLocalDates(d('2026-01-10'), d('2026-01-10'))).toBe(0);
    expect(localDateFromParts(2026, 2, 3)).toBe('2026-02-03');
    expect(() => localDateFromParts(2026, 2, 30)).toThrow(RangeError);
    expect(localDateSchema.parse('2026-10-10')).toBe('2026-10-10');
    expect(localDateSchema.safeParse('2026-10-32').success).toBe(false);
  });
});
