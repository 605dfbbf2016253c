import { describe, expect, it } from 'vitest';
import { asLocalDate } from '../../../src/calendar/local-date.ts';
import { createWorkingCalendar } from '../../../src/calendar/working-calendar.ts';
import { effectiveDueDate, isOverdue, overdueWorkingDays } from '../../../src/domain/deadlines/overdue.ts';

const d = asLocalDate;
const calendar = createWorkingCalendar();

describe('overdueWorkingDays', () => {
  it('is 0 before and on the due date', () => {
    expect(overdueWorkingDays(d('2026-03-06'), d('2026-03-02'), calendar)).toBe(0);
    expect(overdueWorkingDays(d('2026-03-06'), d('2026-03-06'), calendar)).toBe(0);
  });

  it('counts working days only: due before National Day, the holiday week costs nothing', () => {
    expect(overdueWorkingDays(d('2026-09-30'), d('2026-10-07'), calendar)).toBe(0);
    expect(overdueWorkingDays(d('2026-09-30'), d('2026-10-08'), calendar)).toBe(1);
    expect(overdueWorkingDays(d('2026-09-30'), d('2026-10-10'), calendar)).toBe(3);
    expect(overdueWorkingDays(d('2026-09-30'), d('2026-10-11'), calendar)).toBe(3);
    expect(overdueWorkingDays(d('2026-09-30'), d('2026-10-12'), calendar)).toBe(4);
  });

  it('counts the make-up Saturday before the Spring Festival', () => {
    expect(overdueWorkingDays(d('2026-02-13'), d('2026-02-14'), calendar)).toBe(1);
    expect(overdueWorkingDays(d('2026-02-13'), d('2026-02-24'), calendar)).toBe(2);
  });

  it('counts from the next working day when the due date is not one', () => {
    expect(effectiveDueDate(d('2026-10-04'), calendar)).toBe('2026-10-08');
    expect(overdueWorkingDays(d('2026-10-04'), d('2026-10-08'), calendar)).toBe(0);
    expect(overdueWorkingDays(d('2026-10-04'), d('2026-10-09'), calendar)).toBe(1);
  });
});

describe('isOverdue', () => {
  it('turns true the day after the effective due date, even on a non-working day', () => {
    expect(isOverdue(d('2026-03-06'), d('2026-03-06'), calendar)).toBe(false);
    expect(isOverdue(d('2026-03-06'), d('2026-03-07'), calendar)).toBe(true);
    expect(overdueWorkingDays(d('2026-03-06'), d('2026-03-07'), calendar)).toBe(0);
    expect(isOverdue(d('2026-10-04'), d('2026-10-08'), calendar)).toBe(false);
  });
});
