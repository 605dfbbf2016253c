// The only importer of chinese-days' data, so a change of the package's layout touches one file.
import days2025 from 'chinese-days/dist/years/2025.json' with { type: 'json' };
import days2026 from 'chinese-days/dist/years/2026.json' with { type: 'json' };
import type { CalendarDay, CalendarDays, DayKind } from './calendar-day.ts';
import { asLocalDate, type LocalDate } from './local-date.ts';

/** The shape of chinese-days' dist/years/YYYY.json; each value reads "English name,中文名,ordinal". */
export interface ChineseDaysYear {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

/** Years whose statutory schedule ships with the bot; other years need an admin's `calendar import`. */
export const STATUTORY_YEARS: readonly number[] = [2025, 2026];

// The Chinese name is kept because the .ics files name days that way, and the district reads Chinese.
function chineseName(value: string): string {
  const [english = '', chinese] = value.split(',');
  return (chinese ?? english).trim();
}

/** One year of chinese-days' data as calendar exceptions. */
export function calendarDaysFromChineseDays(year: ChineseDaysYear): Map<LocalDate, CalendarDay> {
  const days = new Map<LocalDate, CalendarDay>();
  const add = (entries: Readonly<Record<string, string>>, kind: DayKind) => {
    for (const [date, value] of Object.entries(entries)) {
      days.set(asLocalDate(date), { kind, name: chineseName(value) });
    }
  };
  add(year.holidays, 'holiday');
  add(year.workdays, 'workday');
  return days;
}

/** The State Council's holidays and make-up working days for STATUTORY_YEARS. */
export const statutoryDays: CalendarDays = new Map([
  ...calendarDaysFromChineseDays(days2025),
  ...calendarDaysFromChineseDays(days2026),
]);
