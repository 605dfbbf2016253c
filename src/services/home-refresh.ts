// Redrawing the App Homes a change touched (src/domain/issues/homes.ts says whose): one outbox message
// per change, written in its transaction, relayed to a worker that rebuilds and publishes each Home.
import { outboxMessage, writeOutbox } from '../delivery/outbox.ts';
import type { HomesTouched } from '../domain/issues/homes.ts';
import { anyHomeToDraw } from '../persistence/home/home-viewers.ts';
import type { Tx } from '../persistence/prisma.ts';

export const HOME_REFRESH_TOPIC = 'home.refresh';

/** Everyone any of `touched` names, once. */
export function mergeHomes(...touched: readonly HomesTouched[]): HomesTouched {
  const cadreIds = [...new Set(touched.flatMap((h) => h.cadreIds))];
  return { cadreIds, dispatch: touched.some((h) => h.dispatch) };
}

/**
 * Asks, in the change's transaction, for `homes` to be redrawn; `enterpriseIds` adds the cadres those
 * firms are assigned to (包企), whose Home shows each firm's last visit. Only when one of them has
 * ever opened their Home: otherwise there is nothing to draw, and no message is written (one short
 * read instead of a delivery that would find nobody).
 */
export async function writeHomeRefresh(
  tx: Tx,
  homes: HomesTouched,
  dedupeKey: string,
  { enterpriseIds = [] }: { enterpriseIds?: readonly number[] } = {},
): Promise<void> {
  // What the worker reads back (src/delivery/home/refresh-homes.ts), and what is asked now.
  const named = {
    cadreIds: [...homes.cadreIds],
    dispatch: homes.dispatch,
    enterpriseIds: [...enterpriseIds],
  };
  if (!(await anyHomeToDraw(tx, named))) return;
  await writeOutbox(tx, [outboxMessage(HOME_REFRESH_TOPIC, named, dedupeKey)]);
}
