// The outbox relay: committed rows become delivery jobs.
//
// Order: claim (mark the rows relayed, committed at once), then enqueue. The claim is one UPDATE …
// FOR UPDATE SKIP LOCKED, so two relays never take the same row. If enqueueing fails the rows are
// handed back; if the relay dies between the two, or Redis later loses the job (restarted empty, a
// stalled job given up on), the row is still `relayed` and not `done`: every relay run also looks up
// the jobs of relayed rows whose check time has come and enqueues the missing ones again. That sweep
// is needed whatever the order (Redis can lose a job long after it was enqueued), and with it the
// claim-first order never holds a database transaction open across Redis calls.
//
// Enqueueing twice is harmless: the job id is the row's (`outbox-<id>`, one per dedupe key; the key
// itself may contain ':', which BullMQ refuses in ids), BullMQ ignores a second job with an id it
// holds, and `deliver` skips a row already done.
import type { JobsOptions, Queue } from 'bullmq';
import { JOBS } from '../jobs/index.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../persistence/prisma.ts';
import { type ClaimedRow, claimPending, claimUnconfirmed, releaseClaims } from './outbox-store.ts';
import { RECHECK_AFTER_MS } from './retry-policy.ts';

export interface RelayDeps {
  db: Db;
  /** The `delivery` queue. */
  delivery: Queue;
  logger: Logger;
}

export interface RelayOptions {
  batchSize?: number;
  /** Batches per run, so one run under a flood still ends and lets the next scheduled run start. */
  maxBatches?: number;
  recheckAfterMs?: number;
}

export interface RelayResult {
  relayed: number;
  /** Relayed rows whose job had gone missing and was enqueued again. */
  recovered: number;
}

export function deliveryJobId(outboxId: bigint): string {
  return `outbox-${outboxId}`;
}

/**
 * Slack failures are retried by `deliver` itself (counted on the row); BullMQ's attempts only cover the
 * processor failing to record an outcome (the database down), and the relay's sweep covers the rest.
 */
export const DELIVERY_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000, jitter: 0.2 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 86_400 },
};

function jobsFor(rows: ClaimedRow[]) {
  return rows.map((row) => ({
    name: JOBS.deliver.name,
    data: { outboxId: String(row.id) },
    opts: { ...DELIVERY_JOB_OPTIONS, jobId: deliveryJobId(row.id) },
  }));
}

export async function relayOutbox(deps: RelayDeps, options: RelayOptions = {}): Promise<RelayResult> {
  const batchSize = options.batchSize ?? 100;
  const maxBatches = options.maxBatches ?? 10;
  const recheckAfterMs = options.recheckAfterMs ?? RECHECK_AFTER_MS;
  let relayed = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const rows = await claimPending(deps.db, batchSize, recheckAfterMs);
    if (rows.length === 0) break;
    try {
      await deps.delivery.addBulk(jobsFor(rows));
    } catch (error) {
      await releaseClaims(
        deps.db,
        rows.map((r) => r.id),
      ).catch(() => {}); // the sweep finds them later
      throw error;
    }
    relayed += rows.length;
    if (rows.length < batchSize) break;
  }
  const recovered = await recoverLostJobs(deps, batchSize, recheckAfterMs);
  return { relayed, recovered };
}

async function recoverLostJobs(deps: RelayDeps, limit: number, recheckAfterMs: number): Promise<number> {
  const rows = await claimUnconfirmed(deps.db, limit, recheckAfterMs);
  const lost: ClaimedRow[] = [];
  for (const row of rows) {
    const jobId = deliveryJobId(row.id);
    const state = await deps.delivery.getJobState(jobId);
    if (state === 'unknown') {
      lost.push(row);
    } else if (state === 'failed' || state === 'completed') {
      // Finished in BullMQ but not in the outbox (BullMQ gave up on a stalled or failing job): run it
      // again; `deliver` decides from the row.
      const job = await deps.delivery.getJob(jobId);
      await job?.remove();
      lost.push(row);
    }
  }
  if (lost.length > 0) {
    await deps.delivery.addBulk(jobsFor(lost));
    deps.logger.warn(
      { outboxIds: lost.map((r) => String(r.id)) },
      'outbox rows had lost their delivery job; enqueued again',
    );
  }
  return lost.length;
}
