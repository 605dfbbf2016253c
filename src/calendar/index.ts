export type { CalendarDay, CalendarDays, DayKind } from './calendar-day.ts';
export { IcsParseError, parseIcs } from './ics.ts';
export {
  addCalendarDays,
  asLocalDate,
  compareLocalDates,
  dayOfWeek,
  isLocalDate,
  isWeekend,
  type LocalDate,
  localDateFromParts,
  localDateSchema,
} from './local-date.ts';
export { calendarDaysFromChineseDays, STATUTORY_YEARS, statutoryDays } from './statutory-days.ts';
export {
  DEFAULT_TIME_ZONE,
  instantAt,
  isLocalTime,
  type LocalTime,
  localDateOf,
  localMinutesOf,
  minutesOfDay,
  startOfLocalDay,
} from './time-zone.ts';
export {
  createWorkingCalendar,
  type WorkingCalendar,
  type WorkingCalendarSource,
} from './working-calendar.ts';
export { DEFAULT_WORKING_HOURS, type WorkingHours, workingHoursSchema } from './working-hours.ts';
