// The dates and instants a digest's queries need, worked out once from "today" and the calendar.
import {
  addCalendarDays,
  type LocalDate,
  startOfLocalDay,
  type WorkingCalendar,
} from '../../calendar/index.ts';
import type { DeadlineSettings } from '../../domain/deadlines/index.ts';
import { overdueWorkingDays } from '../../domain/deadlines/index.ts';
import { CLOSE_OUT_WORKING_DAYS, overdueCutoff, waitedMoreThanCutoff } from '../../domain/digests/index.ts';
import type { DailyWindow } from '../../persistence/digests/daily-figures.ts';
import type { SupervisionWindow, WorkingDayCounter } from '../../persistence/digests/supervision-figures.ts';

export function dailyWindow(today: LocalDate, calendar: WorkingCalendar, timeZone: string): DailyWindow {
  const yesterday = addCalendarDays(today, -1);
  return {
    today,
    yesterday,
    yesterdayStart: startOfLocalDay(yesterday, timeZone),
    todayStart: startOfLocalDay(today, timeZone),
    overdueCutoff: overdueCutoff(today, calendar),
  };
}

export function supervisionWindow(
  today: LocalDate,
  calendar: WorkingCalendar,
  settings: DeadlineSettings,
  timeZone: string,
): SupervisionWindow {
  const escalateAt = settings.ladder.escalateLeaderAt;
  const unclosedCutoff = waitedMoreThanCutoff(today, calendar, CLOSE_OUT_WORKING_DAYS);
  return {
    today,
    timeZone,
    overdueCutoff: overdueCutoff(today, calendar),
    escalatedCutoff: overdueCutoff(today, calendar, escalateAt),
    escalateAt,
    unclosedBefore: startOfLocalDay(addCalendarDays(unclosedCutoff, 1), timeZone),
  };
}

export function workingDayCounter(today: LocalDate, calendar: WorkingCalendar): WorkingDayCounter {
  return {
    overdueDays: (due) => overdueWorkingDays(due, today, calendar),
    since: (date) => Math.max(0, calendar.workingDaysBetween(date, today)),
  };
}
