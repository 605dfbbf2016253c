// Whose App Home a move changes (issue "Cadres' flows in Slack", point 7). A Home is drawn when its
// owner opens it; after a move it would go on showing the issue where it was (a routed issue still in
// the triage queue, with a button that now answers "moved on") until the tab is opened again. So
// every move names the Homes to redraw: the people whose lists hold the issue before or after it.
import type { Actor, CadreId } from '../org/people.ts';
import type { IssueSnapshot } from './state.ts';
import type { Transition } from './transition.ts';

export interface HomesTouched {
  /** The finder (found issues), owners before and after (owned issues), the actor, an extension's asker. */
  readonly cadreIds: readonly CadreId[];
  /** The dispatch room's lists change: its triage queue or the extension requests it decides. */
  readonly dispatch: boolean;
}

export function homesTouched(before: IssueSnapshot | null, t: Transition, actor: Actor): HomesTouched {
  const people = [
    before?.state.finderId,
    before?.state.ownerId,
    before?.pendingExtension?.requestedById,
    t.next.finderId,
    t.next.ownerId,
    // Whoever moved it looks at a Home that may show it (a dispatch officer's queue, a lead's list).
    actor.cadreId,
  ];
  const cadreIds: CadreId[] = [];
  for (const id of people) if (id != null && !cadreIds.includes(id)) cadreIds.push(id);
  const queued = (status: string | undefined) => status === 'awaiting_dispatch';
  return {
    cadreIds,
    dispatch:
      queued(before?.state.status) ||
      queued(t.next.status) ||
      t.extension !== undefined ||
      (before?.pendingExtension ?? null) !== null,
  };
}
