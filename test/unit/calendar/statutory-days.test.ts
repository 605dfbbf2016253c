import { describe, expect, it } from 'vitest';
import { asLocalDate } from '../../../src/calendar/local-date.ts';
import {
  calendarDaysFromChineseDays,
  STATUTORY_YEARS,
  statutoryDays,
} from '../../../src/calendar/statutory-days.ts';

const day = (iso: string) => statutoryDays.get(asLocalDate(iso));

// The State Council's notice of 2025-11-04 (国办发明电〔2025〕7号, as printed by Xinhua/gmw.cn).
describe('the shipped 2026 schedule', () => {
  it('has the Spring Festival holiday Feb 15–23 with make-up Saturdays Feb 14 and Feb 28', () => {
    for (let d = 15; d <= 23; d += 1) expect(day(`2026-02-${d}`)).toEqual({ kind: 'holiday', name: '春节' });
    expect(day('2026-02-14')).toEqual({ kind: 'workday', name: '春节' });
    expect(day('2026-02-28')).toEqual({ kind: 'workday', name: '春节' });
    expect(day('2026-02-13')).toBeUndefined();
    expect(day('2026-02-24')).toBeUndefined();
  });

  it('has National Day Oct 1–7 with make-up days Sun Sep 20 and Sat Oct 10', () => {
    for (let d = 1; d <= 7; d += 1) expect(day(`2026-10-0${d}`)).toEqual({ kind: 'holiday', name: '国庆节' });
    expect(day('2026-09-20')).toEqual({ kind: 'workday', name: '国庆节' });
    expect(day('2026-10-10')).toEqual({ kind: 'workday', name: '国庆节' });
    expect(day('2026-10-08')).toBeUndefined();
  });

  it('has the other 2026 holidays and make-up days', () => {
    expect(day('2026-01-01')?.kind).toBe('holiday');
    expect(day('2026-01-04')).toEqual({ kind: 'workday', name: '元旦' });
    expect(day('2026-04-06')).toEqual({ kind: 'holiday', name: '清明' });
    expect(day('2026-05-05')).toEqual({ kind: 'holiday', name: '劳动节' });
    expect(day('2026-05-09')).toEqual({ kind: 'workday', name: '劳动节' });
    expect(day('2026-06-19')).toEqual({ kind: 'holiday', name: '端午' });
    expect(day('2026-09-25')).toEqual({ kind: 'holiday', name: '中秋' });
    const workdays2026 = [...statutoryDays].filter(
      ([date, d]) => date.startsWith('2026') && d.kind === 'workday',
    );
    expect(workdays2026.map(([date]) => date).sort()).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('ships 2025 and 2026 only', () => {
    expect(STATUTORY_YEARS).toEqual([2025, 2026]);
    const years = new Set([...statutoryDays.keys()].map((date) => Number(date.slice(0, 4))));
    expect([...years].sort()).toEqual([2025, 2026]);
    expect(day('2025-01-28')).toEqual({ kind: 'holiday', name: '春节' });
    expect(day('2025-01-26')).toEqual({ kind: 'workday', name: '春节' });
  });
});

describe('calendarDaysFromChineseDays', () => {
  it('keeps the Chinese name and falls back to the only one given', () => {
    const days = calendarDaysFromChineseDays({
      holidays: { '2030-01-01': "New Year's Day,元旦,1", '2030-05-01': 'Labour Day' },
      workdays: { '2030-01-05': "New Year's Day,元旦,1" },
    });
    expect(days.get(asLocalDate('2030-01-01'))).toEqual({ kind: 'holiday', name: '元旦' });
    expect(days.get(asLocalDate('2030-05-01'))).toEqual({ kind: 'holiday', name: 'Labour Day' });
    expect(days.get(asLocalDate('2030-01-05'))).toEqual({ kind: 'workday', name: '元旦' });
  });

  it('rejects a malformed date rather than shipping it', () => {
    expect(() => calendarDaysFromChineseDays({ holidays: { '2030-1-1': 'x' }, workdays: {} })).toThrow(
      RangeError,
    );
  });
});
