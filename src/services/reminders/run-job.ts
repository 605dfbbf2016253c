// One run of the reminder sweep as the scheduler and `job run reminders` both do it: record today's
// reminders (with their outbox rows), then ask the outbox relay to send them now rather than at its
// next tick.
import type { Queue } from 'bullmq';
import { nudgeRelay } from '../../delivery/nudge.ts';
import type { Logger } from '../../logger.ts';
import { runReminderSweep, type SweepDeps, type SweepResult } from './reminder-sweep.ts';

export interface ReminderJobDeps {
  sweep: SweepDeps;
  outbox: Queue;
  logger: Logger;
}

export async function runReminderJob(deps: ReminderJobDeps, now: Date): Promise<SweepResult> {
  const result = await runReminderSweep(deps.sweep, now);
  if (result.ran && result.messages > 0) await nudgeRelay(deps.outbox, deps.logger);
  return result;
}

/** The sweep's result in one line, for `job run` and the logs. */
export function describeSweep(r: SweepResult): string {
  if (!r.ran) return `reminders ${r.at}: nothing to do (outside working time)`;
  return (
    `reminders ${r.localDate}: ${r.candidates} issues checked, ${r.entries} new reminders, ` +
    `${r.messages} messages queued (query ${r.queryMs} ms, ledger ${r.writeMs} ms); the workers send them`
  );
}
