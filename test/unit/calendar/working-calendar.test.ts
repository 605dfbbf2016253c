import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../../src/calendar/calendar-day.ts';
import { addCalendarDays, asLocalDate, type LocalDate } from '../../../src/calendar/local-date.ts';
import { createWorkingCalendar } from '../../../src/calendar/working-calendar.ts';

const d = asLocalDate;
const calendar = createWorkingCalendar();
const plainWeek = createWorkingCalendar({ statutory: new Map() });

function daysOf(from: string, to: string): LocalDate[] {
  const out: LocalDate[] = [];
  for (let day = d(from); day <= to; day = addCalendarDays(day, 1)) out.push(day);
  return out;
}

describe('isWorkingDay', () => {
  it('treats the 2026 Spring Festival week as holidays and its make-up Saturdays as working days', () => {
    const working = daysOf('2026-02-12', '2026-03-02').filter((day) => calendar.isWorkingDay(day));
    expect(working).toEqual([
      '2026-02-12',
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-02',
    ]);
  });

  it('treats the 2026 National Day week as holidays and Sun Sep 20 and Sat Oct 10 as working days', () => {
    const working = daysOf('2026-09-18', '2026-10-12').filter((day) => calendar.isWorkingDay(day));
    expect(working).toEqual([
      '2026-09-18',
      '2026-09-20',
      '2026-09-21',
      '2026-09-22',
      '2026-09-23',
      '2026-09-24',
      '2026-09-28',
      '2026-09-29',
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
      '2026-10-12',
    ]);
  });

  it('counts 248 working days in 2026 (365 − 104 weekend days − 13 statutory holidays)', () => {
    expect(calendar.workingDaysBetween(d('2025-12-31'), d('2026-12-31'))).toBe(248);
  });

  it('falls back to Monday–Friday outside the shipped years', () => {
    expect(calendar.isWorkingDay(d('2024-10-01'))).toBe(true);
    expect(calendar.isWorkingDay(d('2027-02-08'))).toBe(true);
    expect(calendar.isWorkingDay(d('2027-02-06'))).toBe(false);
    expect(calendar.isWorkingDay(d('2027-02-07'))).toBe(false);
  });

  it('describes listed days and nothing else', () => {
    expect(calendar.dayInfo(d('2026-10-10'))).toEqual({ kind: 'workday', name: '国庆节' });
    expect(calendar.dayInfo(d('2026-10-12'))).toBeUndefined();
  });
});

describe('overrides', () => {
  const overrides = new Map<LocalDate, CalendarDay>([
    [d('2026-02-23'), { kind: 'workday', name: '区里提前上班' }],
    [d('2026-03-02'), { kind: 'holiday', name: '防汛' }],
    [d('2027-02-06'), { kind: 'workday', name: '春节' }],
    [d('2027-02-08'), { kind: 'holiday', name: '春节' }],
  ]);
  const overridden = createWorkingCalendar({ overrides });

  it('win over the statutory data in both directions', () => {
    expect(calendar.isWorkingDay(d('2026-02-23'))).toBe(false);
    expect(overridden.isWorkingDay(d('2026-02-23'))).toBe(true);
    expect(overridden.dayInfo(d('2026-02-23'))?.name).toBe('区里提前上班');
    expect(overridden.isWorkingDay(d('2026-03-02'))).toBe(false);
  });

  it('extend the calendar to years that ship no data', () => {
    expect(overridden.isWorkingDay(d('2027-02-06'))).toBe(true);
    expect(overridden.isWorkingDay(d('2027-02-08'))).toBe(false);
  });

  it('change the arithmetic', () => {
    expect(calendar.addWorkingDays(d('2026-02-13'), 2)).toBe('2026-02-24');
    expect(overridden.addWorkingDays(d('2026-02-13'), 2)).toBe('2026-02-23');
  });
});

describe('addWorkingDays and nextWorkingDay', () => {
  it('counts working days after the start, so Friday + 1 is the next working day', () => {
    expect(plainWeek.addWorkingDays(d('2027-03-05'), 1)).toBe('2027-03-08');
    expect(plainWeek.addWorkingDays(d('2027-03-05'), 5)).toBe('2027-03-12');
    expect(plainWeek.addWorkingDays(d('2027-03-06'), 1)).toBe('2027-03-08');
  });

  it('returns the start itself, working or not, for 0', () => {
    expect(calendar.addWorkingDays(d('2026-02-16'), 0)).toBe('2026-02-16');
    expect(calendar.addWorkingDays(d('2026-02-13'), 0)).toBe('2026-02-13');
  });

  it('jumps the Spring Festival: five working days from Wed Feb 11 is Wed Feb 25', () => {
    expect(calendar.addWorkingDays(d('2026-02-11'), 5)).toBe('2026-02-25');
    expect(calendar.addWorkingDays(d('2026-02-13'), 1)).toBe('2026-02-14');
    expect(calendar.addWorkingDays(d('2026-02-24'), 5)).toBe('2026-03-02');
  });

  it('jumps Mid-Autumn and National Day: five working days from Thu Sep 24 is Fri Oct 9', () => {
    expect(calendar.addWorkingDays(d('2026-09-24'), 5)).toBe('2026-10-09');
    expect(calendar.addWorkingDays(d('2026-09-24'), 6)).toBe('2026-10-10');
    expect(calendar.addWorkingDays(d('2026-09-24'), 7)).toBe('2026-10-12');
    expect(calendar.addWorkingDays(d('2026-09-18'), 1)).toBe('2026-09-20');
  });

  it('crosses New Year into an unshipped year', () => {
    expect(calendar.addWorkingDays(d('2026-12-30'), 3)).toBe('2027-01-04');
    expect(calendar.addWorkingDays(d('2025-12-31'), 1)).toBe('2026-01-04');
  });

  it('gives the next working day after working and non-working days alike', () => {
    expect(calendar.nextWorkingDay(d('2026-02-14'))).toBe('2026-02-24');
    expect(calendar.nextWorkingDay(d('2026-02-15'))).toBe('2026-02-24');
    expect(calendar.nextWorkingDay(d('2026-09-30'))).toBe('2026-10-08');
    expect(calendar.nextWorkingDay(d('2026-10-09'))).toBe('2026-10-10');
  });

  it('rolls a non-working day forward and leaves a working day alone', () => {
    expect(calendar.workingDayOnOrAfter(d('2026-10-03'))).toBe('2026-10-08');
    expect(calendar.workingDayOnOrAfter(d('2026-10-10'))).toBe('2026-10-10');
  });

  it('rejects negative and fractional counts', () => {
    expect(() => calendar.addWorkingDays(d('2026-01-05'), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(d('2026-01-05'), 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(d('2026-01-05'), Number.NaN)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after a up to and including b', () => {
    expect(calendar.workingDaysBetween(d('2026-02-13'), d('2026-02-24'))).toBe(2);
    expect(calendar.workingDaysBetween(d('2026-09-30'), d('2026-10-08'))).toBe(1);
    expect(calendar.workingDaysBetween(d('2026-09-30'), d('2026-10-07'))).toBe(0);
    expect(calendar.workingDaysBetween(d('2026-10-09'), d('2026-10-10'))).toBe(1);
    expect(calendar.workingDaysBetween(d('2026-03-02'), d('2026-03-02'))).toBe(0);
  });

  it('is negative when b is before a, and a plain 0 when no working day lies between', () => {
    expect(calendar.workingDaysBetween(d('2026-02-24'), d('2026-02-13'))).toBe(-2);
    expect(calendar.workingDaysBetween(d('2026-10-07'), d('2026-10-03'))).toBe(0);
  });

  it('inverts addWorkingDays from every day of 2025–2026', () => {
    for (const start of daysOf('2025-01-01', '2026-12-31')) {
      for (const n of [0, 1, 2, 3, 5, 10, 20]) {
        const end = calendar.addWorkingDays(start, n);
        expect(calendar.workingDaysBetween(start, end)).toBe(n);
        expect(calendar.workingDaysBetween(end, start)).toBe(n === 0 ? 0 : -n);
        if (n > 0) expect(calendar.isWorkingDay(end)).toBe(true);
      }
    }
  });
});
