import type { LocalDate } from '../../calendar/local-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import type { IssueLevel, Urgency } from '../issues/vocabulary.ts';
import type { DeadlineSettings } from './deadline-settings.ts';

export interface DueDateRequest {
  readonly level: IssueLevel;
  readonly urgency: Urgency;
  /** The local date the clock starts: when the issue was raised, routed or reopened. */
  readonly from: LocalDate;
}

type DeadlineRules = Pick<DeadlineSettings, 'workingDays' | 'urgentDivisor'>;

/** Working days allowed at `level`; urgent issues get the allowance divided, rounded up, at least 1. */
export function workingDaysAllowed(level: IssueLevel, urgency: Urgency, settings: DeadlineRules): number {
  const days = settings.workingDays[level];
  return urgency === 'urgent' ? Math.max(1, Math.ceil(days / settings.urgentDivisor)) : days;
}

/**
 * The due date: that many working days after `from`. Raised on a Saturday with 5 days, an issue is due
 * the following Friday, since the count starts with the first working day after `from`.
 */
export function dueDateFor(
  request: DueDateRequest,
  settings: DeadlineRules,
  calendar: WorkingCalendar,
): LocalDate {
  return calendar.addWorkingDays(request.from, workingDaysAllowed(request.level, request.urgency, settings));
}
