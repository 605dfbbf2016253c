import type { RecentCallers } from './callers.ts';
import type { Lane } from './lane.ts';

/** What the /visit listeners of one app share: the post-ack lane and the callers seen recently. */
export interface VisitFlow {
  afterAck: Lane;
  callers: RecentCallers;
}
