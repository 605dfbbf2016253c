import { type RelayResult, relayOutbox } from '../../src/delivery/relay.ts';
import type { Wiring } from '../../src/wiring.ts';

/** Committed outbox rows → delivery jobs (the logic and its guarantees: src/delivery/relay.ts). */
export function runRelay(wiring: Wiring): Promise<RelayResult> {
  return relayOutbox({ db: wiring.db, delivery: wiring.queues.delivery, logger: wiring.logger });
}
