// The jobs `npm run zhuqi -- job run <name>` can run by hand: the same code the scheduler runs, in this
// process, for the moment given (`--now`). A feature adds its runner here.
import { type DigestJobResult, runDigestJob } from '../services/digests/run-job.ts';
import { describeSweep, runReminderJob } from '../services/reminders/run-job.ts';
import type { Wiring } from '../wiring.ts';

export interface JobRunOutcome {
  /** What to print, one line each. */
  lines: string[];
  /** False when part of the run failed (exit status 1). */
  ok: boolean;
}

export interface JobRunner {
  /** One line for `job --help`. */
  summary: string;
  run(wiring: Wiring, now: Date): Promise<JobRunOutcome>;
}

function digestOutcome(name: string, r: DigestJobResult): JobRunOutcome {
  if (r.skipped)
    return { lines: [`${name} ${r.localDate}: nothing to do (${r.skipped.replaceAll('_', ' ')})`], ok: true };
  const lines = [
    `${name} ${r.localDate}: ${r.stored} stored, ${r.existing} already stored, ${r.failed.length} failed; the workers post them`,
    ...r.failed.map((f) => `  ${f.channelId}: ${f.error}`),
  ];
  return { lines, ok: r.failed.length === 0 };
}

const digestDeps = (w: Wiring) => ({
  digests: w.services.digests,
  outbox: w.queues.outbox,
  logger: w.logger,
});

export const JOB_RUNNERS: Readonly<Record<string, JobRunner>> = {
  digest: {
    summary:
      "the daily progress digest of every digest channel (working days; a day's digest is stored once)",
    run: async (w, now) => digestOutcome('digest', await runDigestJob('daily', digestDeps(w), now)),
  },
  supervision: {
    summary: 'the weekly supervision report of every supervision channel (first working day of the week)',
    run: async (w, now) =>
      digestOutcome('supervision', await runDigestJob('weekly_supervision', digestDeps(w), now)),
  },
  reminders: {
    summary: 'the reminder sweep: heads-up, due, overdue, escalations, report-back (working time only)',
    run: async (w, now) => {
      const result = await runReminderJob(
        { sweep: w.services, outbox: w.queues.outbox, logger: w.logger },
        now,
      );
      return { lines: [describeSweep(result)], ok: true };
    },
  },
};
