import { runDigestJob } from '../../src/services/digests/run-job.ts';
import type { Wiring } from '../../src/wiring.ts';

/** The daily digest or the weekly supervision report (src/services/digests). */
export function runDigests(kind: 'daily' | 'weekly_supervision', payload: { now?: string }, w: Wiring) {
  const now = payload.now === undefined ? w.clock() : new Date(payload.now);
  return runDigestJob(kind, { digests: w.services.digests, outbox: w.queues.outbox, logger: w.logger }, now);
}
