// One outbox row through its topic's handler, then marked done. Failures are settled here, on the row:
// a wait Slack asked for (or our pacing needs) delays the job without counting an attempt; a failure
// retrying cannot fix marks the row dead (the dead-letter record) and logs it; anything else counts an
// attempt and comes back after a capped exponential backoff, as often as it takes.
//
// What "exactly once" means here: each row gets one job at a time and is marked done once, but Slack's
// chat.postMessage has no idempotency key, so a worker that dies after Slack accepted a post and before
// the row is marked done sends it again when the job is taken over. Transport is at-least-once; a
// feature that must not repeat marks its posts (message metadata) and looks for the mark when the row
// counts an earlier handler run (`delivery.earlierRuns`: an issue notice), or keeps a ledger row of
// its own (a digest, a reminder rung); src/delivery/earlier-post.ts.
import { setTimeout as sleep } from 'node:timers/promises';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import {
  beginHandlerRun,
  loadOutboxRow,
  markDead,
  markDone,
  recordDeferral,
  recordFailedAttempt,
} from '../../src/delivery/outbox-store.ts';
import { RECHECK_AFTER_MS, retryDelayMs, verdictOf } from '../../src/delivery/retry-policy.ts';
import { topicHandlers } from '../../src/delivery/topic-handlers.ts';
import type { DeliveryDeps } from '../../src/delivery/topics.ts';
import { t, translator } from '../../src/i18n/index.ts';
import type { Wiring } from '../../src/wiring.ts';

export type DeliverResult = { outcome: 'done' | 'already-done' | 'already-dead' | 'missing' };

export async function deliver(
  payload: { outboxId: string },
  wiring: Wiring,
  job: Job,
): Promise<DeliverResult> {
  const id = BigInt(payload.outboxId);
  const row = await beginHandlerRun(wiring.db, id);
  if (!row) {
    // A job enqueued again (the relay's sweep, a stalled job taken over) for a row already settled.
    const settled = await loadOutboxRow(wiring.db, id);
    if (settled) return { outcome: settled.status === 'dead' ? 'already-dead' : 'already-done' };
    wiring.logger.warn(
      { outboxId: payload.outboxId },
      'delivery job for an outbox row that no longer exists',
    );
    return { outcome: 'missing' };
  }

  const logger = wiring.logger.child({
    outboxId: payload.outboxId,
    topic: row.topic,
    dedupeKey: row.dedupeKey,
  });
  const deps: DeliveryDeps = {
    slack: wiring.slack.forDelivery(`outbox-${id}`),
    db: wiring.db,
    logger,
    clock: wiring.clock,
    i18n: { t, translator },
    config: wiring.config,
    delivery: {
      outboxId: id,
      dedupeKey: row.dedupeKey,
      attempts: row.attempts,
      earlierRuns: row.earlierRuns,
      createdAt: row.createdAt,
    },
  };
  try {
    await topicHandlers.get(row.topic).handle(row.payload, deps);
  } catch (error) {
    const verdict = verdictOf(error);
    if (verdict.kind === 'dead') {
      await markDead(wiring.db, id, verdict.reason);
      logger.error({ reason: verdict.reason, attempts: row.attempts }, 'message dead-lettered');
      throw new UnrecoverableError(verdict.reason);
    }
    let notBefore: Date;
    if (verdict.kind === 'later') {
      notBefore = verdict.notBefore;
      await recordDeferral(wiring.db, id, notBefore, RECHECK_AFTER_MS);
      logger.debug({ notBefore, reason: verdict.reason }, 'delivery deferred');
    } else {
      const attempts = row.attempts + 1;
      notBefore = new Date(Date.now() + retryDelayMs(attempts));
      await recordFailedAttempt(wiring.db, id, verdict.reason, notBefore, RECHECK_AFTER_MS);
      logger.warn({ attempts, notBefore, reason: verdict.reason }, 'delivery failed; will retry');
    }
    // Delayed, not failed: BullMQ counts no attempt (the row does) and the job keeps its id.
    await job.moveToDelayed(notBefore.getTime(), job.token);
    throw new DelayedError();
  }
  await markDoneSoon(wiring, id);
  return { outcome: 'done' };
}

/**
 * Slack has the message now: failing here would run the handler again and send it twice, so a
 * database blip is waited out a little before the job is given up to BullMQ's retries.
 */
async function markDoneSoon(wiring: Wiring, id: bigint): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await markDone(wiring.db, id);
      return;
    } catch (error) {
      if (attempt === 4) throw error;
      wiring.logger.warn(
        { outboxId: String(id), err: (error as Error).message },
        'could not mark outbox row done',
      );
      await sleep(250 * 2 ** attempt);
    }
  }
}
