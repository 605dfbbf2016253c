// The sweep's query narrows issues by due date to `horizon` and picks plan steps after `stepsAfter`;
// these must agree, date for date, with the ladder's own definition (reminderRungsFor).
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  asLocalDate,
  createWorkingCalendar,
  type LocalDate,
} from '../../../src/calendar/index.ts';
import {
  deadlineSettingsSchema,
  effectiveDueDate,
  reminderRungsFor,
} from '../../../src/domain/deadlines/index.ts';
import { ladderWindow, previousWorkingDay } from '../../../src/domain/reminders/index.ts';

const calendar = createWorkingCalendar();
const d = asLocalDate;

function* days(from: string, to: string): Generator<LocalDate> {
  for (let day = d(from); day <= to; day = addCalendarDays(day, 1)) yield day;
}

describe('ladderWindow', () => {
  it('is silent on days off, make-up working days included as working', () => {
    expect(ladderWindow(d('2026-10-03'), deadlineSettingsSchema.parse({}), calendar)).toBeNull();
    expect(ladderWindow(d('2026-10-11'), deadlineSettingsSchema.parse({}), calendar)).toBeNull();
    expect(ladderWindow(d('2026-10-10'), deadlineSettingsSchema.parse({}), calendar)).toEqual({
      today: '2026-10-10',
      horizon: '2026-10-12',
      stepsAfter: '2026-10-09',
    });
  });

  for (const headsUpDays of [0, 1, 3]) {
    it(`misses no due date with a rung, every day of 2026 (heads-up ${headsUpDays} days ahead)`, () => {
      const settings = deadlineSettingsSchema.parse({ ladder: { headsUpDays } });
      for (const today of days('2026-01-01', '2026-12-31')) {
        const window = ladderWindow(today, settings, calendar);
        for (const due of days(addCalendarDays(today, -40), addCalendarDays(today, 30))) {
          const hasRung = reminderRungsFor({ due, today }, settings, calendar).length > 0;
          const inWindow = window !== null && due <= window.horizon;
          if (hasRung) expect(inWindow, `${today} due ${due}`).toBe(true);
          // With the default heads-up (the next working day) the window holds nothing else.
          if (headsUpDays <= 1) expect(inWindow, `${today} due ${due}`).toBe(hasRung);
        }
      }
    });
  }

  it('picks the plan steps still ahead: dated after stepsAfter exactly when due today or later', () => {
    const settings = deadlineSettingsSchema.parse({});
    for (const today of days('2026-09-01', '2026-11-30')) {
      const window = ladderWindow(today, settings, calendar);
      if (!window) continue;
      for (const step of days(addCalendarDays(today, -20), addCalendarDays(today, 20))) {
        expect(step > window.stepsAfter, `${today} step ${step}`).toBe(
          effectiveDueDate(step, calendar) >= today,
        );
      }
    }
  });
});

describe('previousWorkingDay', () => {
  it('skips weekends and holidays, and knows the make-up days', () => {
    expect(previousWorkingDay(d('2026-10-08'), calendar)).toBe('2026-09-30');
    expect(previousWorkingDay(d('2026-09-21'), calendar)).toBe('2026-09-20');
    expect(previousWorkingDay(d('2026-10-12'), calendar)).toBe('2026-10-10');
  });
});
