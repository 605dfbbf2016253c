// An accepted visit submission changes hands between the web process and a worker:
//
//   web, before the ack:  hold()     the submission is stored (one prepared INSERT on the ack pool)
//   web, after the ack:   request()  a `write-visit` job asks a worker to write it now
//   worker:               src/slack/background/write-visit.ts writes it and shows the outcome
//   worker, every 30 s:   recoverVisitWrites() finds rows whose job never ran (Redis lost it, the
//                         web process died between ack and request) and asks again
//
// So a "saving…" the user saw is always followed by "logged" or the form back with the reason, and
// the write's CPU and database round trips are spent off the process that acks (docs/benchmarks.md).
import type { JobsOptions, Queue } from 'bullmq';
import { JOBS } from '../jobs/index.ts';
import type { Logger } from '../logger.ts';
import type { AckQueries } from '../persistence/ack-queries.ts';
import type { Db } from '../persistence/prisma.ts';
import type { HeldSubmission } from '../persistence/visits/visit-submissions.ts';
import { createVisitSubmissionStore } from '../persistence/visits/visit-submissions.ts';

export interface VisitWrites {
  /** Stores an accepted submission before its ack; resolves with its row id. */
  hold(s: HeldSubmission): Promise<bigint>;
  /** Asks a worker to write it now. Best effort, never rejects: the recovery job asks again later. */
  request(id: bigint): Promise<boolean>;
}

/** One job per row at a time: BullMQ ignores a second `add` with an id it holds. */
export const writeVisitJobId = (id: bigint) => `visit-${id}`;

/**
 * The write reports its own failures to the user and settles the row; BullMQ's attempts cover only a
 * processor that could not (the database down while loading or settling the row).
 */
export const WRITE_VISIT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: { age: 86_400 },
};

const writeJob = (id: bigint) => ({
  name: JOBS.writeVisit.name,
  data: { submissionId: String(id) },
  opts: { ...WRITE_VISIT_JOB_OPTIONS, jobId: writeVisitJobId(id) },
});

export function createVisitWrites(deps: {
  ackQueries: AckQueries;
  /** The `visits` queue; absent in processes that take no submissions (then only recovery asks). */
  queue?: Queue;
  logger?: Logger;
  /** Longest wait for Redis before giving up on asking (default 500 ms). */
  timeoutMs?: number;
}): VisitWrites {
  const timeoutMs = deps.timeoutMs ?? 500;
  return {
    hold: (s) => deps.ackQueries.holdVisitSubmission(s),
    async request(id) {
      const { queue } = deps;
      if (!queue) return false;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const { name, data, opts } = writeJob(id);
      const added = queue.add(name, data, opts).then(
        () => true,
        (err: unknown) => {
          deps.logger?.warn(
            { err: (err as Error).message, submissionId: String(id) },
            'visit write not requested; the recovery job will ask',
          );
          return false;
        },
      );
      try {
        return await Promise.race([added, late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

export interface RecoverOptions {
  /** A pending row younger than this is left to its own job (default 20 s). */
  olderThanMs?: number;
  limit?: number;
}

/** Asks again for the writes of pending submissions whose job is gone or finished; returns how many. */
export async function recoverVisitWrites(
  deps: { db: Db; queue: Queue; logger: Logger; clock: () => Date },
  options: RecoverOptions = {},
): Promise<number> {
  const store = createVisitSubmissionStore(deps.db);
  const before = new Date(deps.clock().getTime() - (options.olderThanMs ?? 20_000));
  const lost: bigint[] = [];
  for (const id of await store.pendingSince(before, options.limit ?? 100)) {
    const jobId = writeVisitJobId(id);
    const state = await deps.queue.getJobState(jobId);
    if (state === 'completed' || state === 'failed') {
      // Finished in BullMQ, yet the row is pending: a newer delivery made it pending again, or BullMQ
      // gave up on the processor. Run it again; the write decides from the row.
      await (await deps.queue.getJob(jobId))?.remove();
    } else if (state !== 'unknown') {
      continue; // waiting, delayed or running
    }
    lost.push(id);
  }
  if (lost.length > 0) {
    await deps.queue.addBulk(lost.map(writeJob));
    deps.logger.warn({ submissionIds: lost.map(String) }, 'visit writes asked for again');
  }
  return lost.length;
}
