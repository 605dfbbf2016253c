// The fast path after a request wrote to the outbox: ask the relay to run now instead of at its next
// scheduled tick. Best effort by design: the rows are committed, so when Redis is down the scheduled
// relay sends them once it is back. This must never fail or slow down the request.
import type { Queue } from 'bullmq';
import { JOBS } from '../jobs/index.ts';
import type { Logger } from '../logger.ts';

/** Nudges coalesce: one waiting run at most, plus one queued behind a run in progress. */
const NUDGE = { id: 'relay-outbox-nudge', keepLastIfActive: true };

/** Resolves true when the relay was asked to run, false otherwise; never rejects. */
export async function nudgeRelay(outbox: Queue, logger?: Logger, timeoutMs = 500): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const add = outbox
    .add(JOBS.relayOutbox.name, {}, { deduplication: NUDGE, removeOnComplete: true, removeOnFail: 100 })
    .then(
      () => true,
      (err: unknown) => {
        logger?.debug(
          { err: (err as Error).message },
          'outbox relay not nudged; the scheduled run will send',
        );
        return false;
      },
    );
  try {
    return await Promise.race([add, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
