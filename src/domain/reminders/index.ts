export {
  type DueReminderInput,
  dueReminders,
  type EscalationChain,
  entryKey,
  type LadderCandidate,
  ladderEntries,
  REMINDER_KINDS,
  type ReminderEntry,
  type ReminderKind,
  type ReportBackCandidate,
  reportBackDue,
} from './entries.ts';
export { type LadderWindow, ladderWindow, previousWorkingDay } from './ladder-window.ts';
