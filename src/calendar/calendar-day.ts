import type { LocalDate } from './local-date.ts';

export type DayKind = 'workday' | 'holiday';

/** An exception to the plain Monday–Friday week: a holiday, or a make-up working day (调休上班). */
export interface CalendarDay {
  readonly kind: DayKind;
  readonly name: string;
}

/** Exceptions by date; dates not listed follow Monday–Friday. */
export type CalendarDays = ReadonlyMap<LocalDate, CalendarDay>;
