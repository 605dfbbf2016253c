// A visit submission is stored before its ack, in the statement that checks it, so a web process that
// dies after the ack loses nothing:
//
//   web, before the ack:  visits.check()         the submission is stored, `pending`
//   web, after the ack:   write-visit.ts         writes an accepted one, updates the modal, settles
//                                                the row; `release` sets a refused one aside
//   worker, every 30 s:   recoverVisitWrites()   a row still pending a minute on (the web process
//                                                died, the database broke mid-write) becomes a
//                                                `write-visit` job, which a worker runs the same way,
//                                                checking the form again first
//
// The web process writes its own submissions, after their acks, through the lane: measured on the
// two-core machine (docs/benchmarks.md), handing every write to the workers process made acks wait
// for its CPU, while the lane lets a burst be acked first.
import type { JobsOptions, Queue } from 'bullmq';
import { JOBS } from '../jobs/index.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../persistence/prisma.ts';
import type { HeldRow } from '../persistence/visits/submission-facts.ts';
import { createVisitSubmissionStore } from '../persistence/visits/visit-submissions.ts';

export interface VisitWrites {
  /**
   * The user was told this submission did not go through (stored after its ack had given up): it is
   * never to be written, or a changed form sent again could log the visit twice.
   */
  abandon(held: HeldRow): Promise<void>;
  /** The check refused it at the ack, and said why there (`reason`, for the record). */
  release(held: HeldRow, reason: string): Promise<void>;
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

export function createVisitWrites(deps: { db: Db; clock: () => Date }): VisitWrites {
  const store = createVisitSubmissionStore(deps.db);
  return {
    abandon: (held) => store.release(held, 'not acked in time', deps.clock()),
    release: (held, reason) => store.release(held, `answered at the ack: ${reason}`, deps.clock()),
  };
}

export interface RecoverOptions {
  /** A pending row younger than this is left to the web process writing it (default 60 s). */
  olderThanMs?: number;
  limit?: number;
}

/** Asks again for the writes of pending submissions whose job is gone or finished; returns how many. */
export async function recoverVisitWrites(
  deps: { db: Db; queue: Queue; logger: Logger; clock: () => Date },
  options: RecoverOptions = {},
): Promise<number> {
  const store = createVisitSubmissionStore(deps.db);
  const before = new Date(deps.clock().getTime() - (options.olderThanMs ?? 60_000));
  const lost: bigint[] = [];
  for (const id of await store.pendingSince(before, options.limit ?? 100)) {
    const jobId = writeVisitJobId(id);
    const state = await deps.queue.getJobState(jobId);
    if (state === 'completed' || state === 'failed') {
      // Finished in BullMQ, yet the row is pending: a newer delivery made it pending again, or BullMQ
      // gave up on the processor (the database down). Run it again; the write decides from the row.
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
