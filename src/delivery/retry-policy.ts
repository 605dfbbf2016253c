// When a message is tried again, and what an error means for it. Kept in the outbox row (attempts,
// last_error, available_at), not in BullMQ's counters: the row outlives Redis, and BullMQ's own
// exponential backoff has no ceiling.
import { PermanentSlackError, SlackSendDeferred } from './slack-errors.ts';
import { PermanentDeliveryError } from './topics.ts';

/** First retry after about half a second, doubling to at most ten minutes; never giving up. */
export const RETRY_BASE_MS = 500;
export const RETRY_CAP_MS = 10 * 60_000;

/**
 * How long a relayed row is trusted to have a job before the relay looks it up in BullMQ. Longer than
 * the gap between claiming and enqueueing (milliseconds), short enough that a lost job is noticed soon.
 */
export const RECHECK_AFTER_MS = 30_000;

/** Delay before retry number `attempts` (1 = first retry): capped exponential with ±20 % jitter. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  const delay = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** exponent);
  return Math.round(delay * (0.8 + 0.4 * random()));
}

export type Verdict =
  /** Send again at `notBefore`; no attempt is counted. */
  | { kind: 'later'; notBefore: Date; reason: string }
  /** Retrying cannot help: dead-letter it. */
  | { kind: 'dead'; reason: string }
  /** Count an attempt and retry with backoff. */
  | { kind: 'retry'; reason: string };

/** What a handler's error means. Unknown errors are retried: a fix deployed later can still send them. */
export function verdictOf(error: unknown): Verdict {
  if (error instanceof SlackSendDeferred) {
    return { kind: 'later', notBefore: error.notBefore, reason: error.message };
  }
  if (error instanceof PermanentSlackError || error instanceof PermanentDeliveryError) {
    return { kind: 'dead', reason: `${error.name}: ${error.message}` };
  }
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'retry', reason };
}
