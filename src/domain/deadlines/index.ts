export {
  DEFAULT_DEADLINE_SETTINGS,
  type DeadlineSettings,
  type DeadlineSettingsInput,
  deadlineSettingsSchema,
} from './deadline-settings.ts';
export { type DueDateRequest, dueDateFor, workingDaysAllowed } from './due-date.ts';
export { effectiveDueDate, isOverdue, overdueWorkingDays } from './overdue.ts';
export { REMINDER_RUNGS, type ReminderRung, type RungQuery, reminderRungsFor } from './reminder-rungs.ts';
