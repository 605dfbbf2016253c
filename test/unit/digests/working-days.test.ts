import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  asLocalDate,
  createWorkingCalendar,
  type LocalDate,
} from '../../../src/calendar/index.ts';
import { isOverdue, overdueWorkingDays } from '../../../src/domain/deadlines/index.ts';
import {
  firstWorkingDayOfWeek,
  isFirstWorkingDayOfWeek,
  overdueCutoff,
  waitedMoreThanCutoff,
} from '../../../src/domain/digests/index.ts';

const d = asLocalDate;
const calendar = createWorkingCalendar();

/** Every date from `from` for `days` days. */
function span(from: string, days: number): LocalDate[] {
  return Array.from({ length: days }, (_, i) => addCalendarDays(d(from), i));
}

describe('overdueCutoff', () => {
  it('is the last working day before today: due on or before it is exactly what isOverdue says', () => {
    // Around National Day and the Spring Festival, where weekends, holidays and make-up days mix.
    for (const today of [...span('2026-09-15', 40), ...span('2026-02-05', 30)]) {
      const cutoff = overdueCutoff(today, calendar);
      for (const due of span(addCalendarDays(today, -40), 45)) {
        expect(due <= cutoff, `due ${due} today ${today}`).toBe(isOverdue(due, today, calendar));
      }
    }
  });

  it('agrees with overdueWorkingDays for a minimum number of working days', () => {
    for (const minDays of [1, 3, 10]) {
      for (const today of span('2026-09-20', 30)) {
        const cutoff = overdueCutoff(today, calendar, minDays);
        for (const due of span(addCalendarDays(today, -40), 41)) {
          expect(due <= cutoff, `due ${due} today ${today} min ${minDays}`).toBe(
            overdueWorkingDays(due, today, calendar) >= minDays,
          );
        }
      }
    }
  });

  it('steps over the National Day holiday week', () => {
    expect(overdueCutoff(d('2026-10-08'), calendar)).toBe('2026-09-30');
    expect(overdueCutoff(d('2026-10-09'), calendar)).toBe('2026-10-08');
  });
});

describe('waitedMoreThanCutoff', () => {
  it('is the latest day with more than n working days in (day, today]', () => {
    for (const today of span('2026-09-20', 30)) {
      const cutoff = waitedMoreThanCutoff(today, calendar, 5);
      for (const day of span(addCalendarDays(today, -30), 31)) {
        expect(day <= cutoff, `${day} → ${today}`).toBe(calendar.workingDaysBetween(day, today) > 5);
      }
    }
  });
});

describe('first working day of the ISO week', () => {
  it('is Monday in an ordinary week', () => {
    expect(firstWorkingDayOfWeek(d('2026-06-10'), calendar)).toBe('2026-06-08');
    expect(isFirstWorkingDayOfWeek(d('2026-06-08'), calendar)).toBe(true);
    expect(isFirstWorkingDayOfWeek(d('2026-06-09'), calendar)).toBe(false);
  });

  it('moves to the day work resumes after a holiday Monday', () => {
    // Labour Day 2026: 1–5 May off (Friday to Tuesday); Wednesday 6 May is the first working day.
    expect(firstWorkingDayOfWeek(d('2026-05-04'), calendar)).toBe('2026-05-06');
    expect(isFirstWorkingDayOfWeek(d('2026-05-06'), calendar)).toBe(true);
    expect(isFirstWorkingDayOfWeek(d('2026-05-04'), calendar)).toBe(false);
    // National Day 2026: 1–7 October off; Thursday 8 October opens the week of 5 October.
    expect(firstWorkingDayOfWeek(d('2026-10-10'), calendar)).toBe('2026-10-08');
  });

  it('is none in a week with no working day', () => {
    const allOff = createWorkingCalendar({
      overrides: new Map(
        span('2026-06-08', 5).map((date) => [date, { kind: 'holiday' as const, name: 'test' }]),
      ),
    });
    expect(firstWorkingDayOfWeek(d('2026-06-10'), allOff)).toBeNull();
  });
});
