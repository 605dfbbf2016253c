import { describe, expect, it } from 'vitest';
import { asLocalDate } from '../../../src/calendar/local-date.ts';
import { createWorkingCalendar } from '../../../src/calendar/working-calendar.ts';
import {
  DEFAULT_DEADLINE_SETTINGS,
  deadlineSettingsSchema,
} from '../../../src/domain/deadlines/deadline-settings.ts';
import { dueDateFor, workingDaysAllowed } from '../../../src/domain/deadlines/due-date.ts';
import { ISSUE_LEVELS } from '../../../src/domain/issues/vocabulary.ts';

const d = asLocalDate;
const calendar = createWorkingCalendar();
const settings = DEFAULT_DEADLINE_SETTINGS;

describe('workingDaysAllowed', () => {
  it('gives each level its days', () => {
    expect(ISSUE_LEVELS.map((level) => workingDaysAllowed(level, 'normal', settings))).toEqual([
      5, 5, 10, 20,
    ]);
  });

  it('halves them for urgent issues, rounding up: 5→3, 10→5, 20→10', () => {
    expect(ISSUE_LEVELS.map((level) => workingDaysAllowed(level, 'urgent', settings))).toEqual([3, 3, 5, 10]);
  });

  it('follows a configured divisor and never gives less than one day', () => {
    const thirds = deadlineSettingsSchema.parse({ urgentDivisor: 3, workingDays: { self: 1, city: 20 } });
    expect(workingDaysAllowed('city', 'urgent', thirds)).toBe(7);
    expect(workingDaysAllowed('self', 'urgent', thirds)).toBe(1);
    const none = deadlineSettingsSchema.parse({ urgentDivisor: 1 });
    expect(workingDaysAllowed('function_group', 'urgent', none)).toBe(10);
  });
});

describe('dueDateFor', () => {
  it('lands after the Spring Festival when started just before it', () => {
    // Thu Feb 12 → Fri 13, Sat 14 (make-up), [Feb 15–23 off], Tue 24, Wed 25, Thu 26.
    expect(dueDateFor({ level: 'team', urgency: 'normal', from: d('2026-02-12') }, settings, calendar)).toBe(
      '2026-02-26',
    );
  });

  it('counts the make-up Saturday as a working day', () => {
    // Mon Feb 9 + 5: Tue 10, Wed 11, Thu 12, Fri 13, Sat 14.
    expect(dueDateFor({ level: 'self', urgency: 'normal', from: d('2026-02-09') }, settings, calendar)).toBe(
      '2026-02-14',
    );
    // Urgent from Wed Sep 16: Thu 17, Fri 18, Sun 20 (make-up).
    expect(dueDateFor({ level: 'self', urgency: 'urgent', from: d('2026-09-16') }, settings, calendar)).toBe(
      '2026-09-20',
    );
  });

  it('jumps Mid-Autumn and National Day for a function group', () => {
    // Tue Sep 22 + 10: 23, 24, 28, 29, 30, Oct 8, 9, 10 (make-up), 12, 13.
    expect(
      dueDateFor({ level: 'function_group', urgency: 'normal', from: d('2026-09-22') }, settings, calendar),
    ).toBe('2026-10-13');
  });

  it('starts counting with the first working day after an issue raised on a holiday', () => {
    // Sat Oct 3 → Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13.
    expect(dueDateFor({ level: 'team', urgency: 'normal', from: d('2026-10-03') }, settings, calendar)).toBe(
      '2026-10-13',
    );
  });

  it('gives the city 20 working days, 10 when urgent', () => {
    expect(dueDateFor({ level: 'city', urgency: 'normal', from: d('2026-03-02') }, settings, calendar)).toBe(
      '2026-03-30',
    );
    expect(dueDateFor({ level: 'city', urgency: 'urgent', from: d('2026-03-02') }, settings, calendar)).toBe(
      '2026-03-16',
    );
  });
});
