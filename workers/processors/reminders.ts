import { runReminderJob } from '../../src/services/reminders/run-job.ts';
import type { Wiring } from '../../src/wiring.ts';

/** The reminder sweep (src/services/reminders), at the payload's `now` or the worker's clock. */
export function runReminders(payload: { now?: string }, w: Wiring) {
  const now = payload.now === undefined ? w.clock() : new Date(payload.now);
  return runReminderJob({ sweep: w.services, outbox: w.queues.outbox, logger: w.logger }, now);
}
