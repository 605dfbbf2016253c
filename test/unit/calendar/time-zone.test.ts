import { describe, expect, it } from 'vitest';
import { asLocalDate } from '../../../src/calendar/local-date.ts';
import {
  instantAt,
  isLocalTime,
  localDateOf,
  localMinutesOf,
  minutesOfDay,
  startOfLocalDay,
} from '../../../src/calendar/time-zone.ts';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';

describe('local dates of instants', () => {
  it('puts 23:30 UTC on the next local day in Asia/Shanghai', () => {
    expect(localDateOf(new Date('2026-02-13T23:30:00Z'), SH)).toBe('2026-02-14');
    expect(localMinutesOf(new Date('2026-02-13T23:30:00Z'), SH)).toBe(7 * 60 + 30);
  });

  it('turns the local day at 16:00 UTC', () => {
    expect(localDateOf(new Date('2026-02-13T15:59:59.999Z'), SH)).toBe('2026-02-13');
    expect(localDateOf(new Date('2026-02-13T16:00:00Z'), SH)).toBe('2026-02-14');
    expect(localDateOf(new Date('2026-12-31T16:00:00Z'), SH)).toBe('2027-01-01');
  });

  it('follows daylight saving time in zones that have it', () => {
    expect(localDateOf(new Date('2026-03-08T04:30:00Z'), NY)).toBe('2026-03-07');
    expect(localDateOf(new Date('2026-07-01T04:30:00Z'), NY)).toBe('2026-07-01');
  });

  it('refuses an unknown zone instead of returning NaN dates', () => {
    expect(() => localDateOf(new Date(), 'Asia/Shanghia')).toThrow(RangeError);
    expect(() => instantAt(asLocalDate('2026-01-05'), '09:00', 'Nowhere/Else')).toThrow(RangeError);
  });
});

describe('instants of local times', () => {
  it('gives the instant a Shanghai clock shows a date and time', () => {
    expect(instantAt(asLocalDate('2026-02-14'), '09:00', SH).toISOString()).toBe('2026-02-14T01:00:00.000Z');
    expect(instantAt(asLocalDate('2026-01-01'), '00:00', SH).toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(startOfLocalDay(asLocalDate('2026-10-01'), SH).toISOString()).toBe('2026-09-30T16:00:00.000Z');
  });

  it('round-trips through localDateOf and localMinutesOf', () => {
    const at = instantAt(asLocalDate('2026-09-20'), '17:59', SH);
    expect(localDateOf(at, SH)).toBe('2026-09-20');
    expect(localMinutesOf(at, SH)).toBe(17 * 60 + 59);
  });

  it('handles the daylight saving gap and overlap', () => {
    expect(instantAt(asLocalDate('2026-03-08'), '09:00', NY).toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(instantAt(asLocalDate('2026-03-07'), '09:00', NY).toISOString()).toBe('2026-03-07T14:00:00.000Z');
    expect(instantAt(asLocalDate('2026-03-08'), '02:30', NY).toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('reads HH:mm and nothing else', () => {
    expect(minutesOfDay('09:00')).toBe(540);
    expect(minutesOfDay('24:00')).toBe(1440);
    for (const bad of ['9:00', '24:01', '12:60', '0900', '']) expect(isLocalTime(bad), bad).toBe(false);
    expect(() => minutesOfDay('9:00')).toThrow(RangeError);
  });
});
