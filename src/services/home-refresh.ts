// Redrawing the App Homes a change touched (src/domain/issues/homes.ts says whose): one outbox message
// per change, written in its transaction, relayed to a worker that rebuilds and publishes each Home.

import { type OutboxMessage, outboxMessage } from '../delivery/outbox.ts';
import type { HomesTouched } from '../domain/issues/homes.ts';

export const HOME_REFRESH_TOPIC = 'home.refresh';

/** Everyone any of `touched` names, once. */
export function mergeHomes(...touched: readonly HomesTouched[]): HomesTouched {
  const cadreIds = [...new Set(touched.flatMap((h) => h.cadreIds))];
  return { cadreIds, dispatch: touched.some((h) => h.dispatch) };
}

/**
 * The message redrawing `homes`; `enterpriseIds` adds the cadres those firms are assigned to (包企),
 * whose Home shows each firm's last visit — looked up by the worker, not in the writer's transaction.
 */
export function homeRefreshMessage(
  homes: HomesTouched,
  dedupeKey: string,
  { enterpriseIds = [] }: { enterpriseIds?: readonly number[] } = {},
): OutboxMessage {
  return outboxMessage(
    HOME_REFRESH_TOPIC,
    { cadreIds: [...homes.cadreIds], dispatch: homes.dispatch, enterpriseIds: [...enterpriseIds] },
    dedupeKey,
  );
}
