import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../../src/calendar/working-calendar.ts';
import { DEFAULT_WORKING_HOURS, workingHoursSchema } from '../../../src/calendar/working-hours.ts';

const SH = 'Asia/Shanghai';
const hours = DEFAULT_WORKING_HOURS;
const calendar = createWorkingCalendar();
const at = (iso: string) => new Date(iso);
// Shanghai is UTC+8 all year: 09:00 local is 01:00Z, 18:00 local is 10:00Z.

describe('isWorkingTime', () => {
  it('starts at 09:00 inclusive and ends at 18:00 exclusive', () => {
    expect(calendar.isWorkingTime(at('2026-03-02T00:59:59.999Z'), hours, SH)).toBe(false);
    expect(calendar.isWorkingTime(at('2026-03-02T01:00:00Z'), hours, SH)).toBe(true);
    expect(calendar.isWorkingTime(at('2026-03-02T09:59:59.999Z'), hours, SH)).toBe(true);
    expect(calendar.isWorkingTime(at('2026-03-02T10:00:00Z'), hours, SH)).toBe(false);
  });

  it('is working time on a make-up Saturday and not on a holiday weekday', () => {
    expect(calendar.isWorkingTime(at('2026-02-14T02:00:00Z'), hours, SH)).toBe(true);
    expect(calendar.isWorkingTime(at('2026-02-16T02:00:00Z'), hours, SH)).toBe(false);
    expect(calendar.isWorkingTime(at('2026-09-20T02:00:00Z'), hours, SH)).toBe(true);
  });

  it('judges the local day, not the UTC one', () => {
    // Friday 23:30Z is Saturday 07:30 in Shanghai; Sunday 17:30Z is Monday 01:30.
    expect(calendar.isWorkingTime(at('2026-03-06T01:30:00Z'), { start: '09:00', end: '24:00' }, SH)).toBe(
      true,
    );
    expect(calendar.isWorkingTime(at('2026-03-08T17:30:00Z'), { start: '00:00', end: '18:00' }, SH)).toBe(
      true,
    );
    expect(calendar.isWorkingTime(at('2026-03-06T23:30:00Z'), { start: '00:00', end: '24:00' }, SH)).toBe(
      false,
    );
  });

  it('uses the zone it is given', () => {
    // 13:00Z on Mon 2026-03-09 is 09:00 in New York (EDT) and 21:00 in Shanghai.
    expect(calendar.isWorkingTime(at('2026-03-09T13:00:00Z'), hours, 'America/New_York')).toBe(true);
    expect(calendar.isWorkingTime(at('2026-03-09T13:00:00Z'), hours, SH)).toBe(false);
  });
});

describe('nextWorkingTimeStart', () => {
  it('is later today when before opening on a working day', () => {
    expect(calendar.nextWorkingTimeStart(at('2026-02-13T00:00:00Z'), hours, SH).toISOString()).toBe(
      '2026-02-13T01:00:00.000Z',
    );
  });

  it('is the next working day once opening has passed, even exactly at opening', () => {
    expect(calendar.nextWorkingTimeStart(at('2026-02-13T01:00:00Z'), hours, SH).toISOString()).toBe(
      '2026-02-14T01:00:00.000Z',
    );
    expect(calendar.nextWorkingTimeStart(at('2026-02-13T11:00:00Z'), hours, SH).toISOString()).toBe(
      '2026-02-14T01:00:00.000Z',
    );
  });

  it('skips the Spring Festival from the make-up Saturday', () => {
    expect(calendar.nextWorkingTimeStart(at('2026-02-14T02:00:00Z'), hours, SH).toISOString()).toBe(
      '2026-02-24T01:00:00.000Z',
    );
    expect(calendar.nextWorkingTimeStart(at('2026-02-18T05:00:00Z'), hours, SH).toISOString()).toBe(
      '2026-02-24T01:00:00.000Z',
    );
  });

  it('reads "today" in local time: Friday 23:30Z is already Saturday in Shanghai', () => {
    expect(calendar.nextWorkingTimeStart(at('2026-03-06T23:30:00Z'), hours, SH).toISOString()).toBe(
      '2026-03-09T01:00:00.000Z',
    );
  });
});

describe('earliestWorkingTime', () => {
  it('is the instant itself inside working time and the next opening outside it', () => {
    const inside = at('2026-10-09T03:00:00Z');
    expect(calendar.earliestWorkingTime(inside, hours, SH)).toBe(inside);
    expect(calendar.earliestWorkingTime(at('2026-09-30T10:00:00Z'), hours, SH).toISOString()).toBe(
      '2026-10-08T01:00:00.000Z',
    );
  });
});

describe('startOfNextWorkingDay', () => {
  it('skips the rest of today even before opening: a snooze lasts until the next working day', () => {
    expect(calendar.startOfNextWorkingDay(at('2026-02-13T00:00:00Z'), hours, SH).toISOString()).toBe(
      '2026-02-14T01:00:00.000Z',
    );
    expect(calendar.startOfNextWorkingDay(at('2026-10-09T09:00:00Z'), hours, SH).toISOString()).toBe(
      '2026-10-10T01:00:00.000Z',
    );
    expect(calendar.startOfNextWorkingDay(at('2026-10-10T09:00:00Z'), hours, SH).toISOString()).toBe(
      '2026-10-12T01:00:00.000Z',
    );
  });
});

describe('workingHoursSchema', () => {
  it('defaults to 09:00–18:00 and refuses an empty or malformed range', () => {
    expect(workingHoursSchema.parse({})).toEqual({ start: '09:00', end: '18:00' });
    expect(workingHoursSchema.parse({ start: '08:30' })).toEqual({ start: '08:30', end: '18:00' });
    expect(workingHoursSchema.safeParse({ start: '18:00', end: '09:00' }).success).toBe(false);
    expect(workingHoursSchema.safeParse({ start: '09:00', end: '09:00' }).success).toBe(false);
    expect(workingHoursSchema.safeParse({ start: '9:00' }).success).toBe(false);
  });
});
