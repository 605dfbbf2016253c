// The reminder feature's service as listeners reach it (AppServices.reminders): the reminder message's
// snooze button. The sweep runs from the scheduler and `job run` (./run-job.ts); the topic handlers that
// send and redraw the message are listed in src/delivery/topic-handlers.ts.
export {
  createIssueNudges as createReminderService,
  type IssueNudges as ReminderService,
  type PressedIn,
  type SnoozeOutcome,
} from './issue-nudges.ts';
