/*
 * Who may make which move: domain.md's "Statuses" and "Roles" tables. Where they are silent, this is
 * what was decided, and why:
 *
 * 1. Roles add powers, never remove them. `admin`, `observer` and `supervision` grant no issue powers
 *    by themselves; a district leader who is also an observer keeps a leader's powers. Anyone in the
 *    directory may raise an issue (the three "(new)" moves) and becomes its finder.
 * 2. Subtree heads (group head, team head, district leader) "may everything a cadre may for issues in
 *    their subtree", read as two separate reaches:
 *    - as owner (hand up, defer, resume, resolve, ask for an extension) when the owner sits in a group
 *      or team under them AND the issue is on the service line (level self or team). Once routed to a
 *      function group or the city it has left their line, even if its owner is also in one of their
 *      groups (a cadre may belong to several units);
 *    - as finder (record feedback: close out, reopen) when the finder sits under them, at any level,
 *      since the finder follows the issue wherever it goes (谁发现谁跟踪).
 * 3. Reassign is not for the owner: an owner who cannot handle an issue hands it up. It is for dispatch
 *    (any issue), subtree heads (service line, old and new owner both under them) and a function group
 *    lead (their group's issues, to a member of the group). Only in_progress and deferred issues are
 *    reassigned; one awaiting dispatch has no owner and is routed instead. The deadline is kept, so a
 *    reassignment never clears an overdue issue.
 * 4. A function group lead may return and reassign their group's issues, nothing more (the table lists
 *    only these): to resolve one they assign it to themselves first, which leaves a history row.
 * 5. Dispatch's "return" is return_misrouted on any function-group issue (pulling back a wrong route).
 *    Dispatch does owner moves only on issues it owns (city issues, owned by a liaison).
 * 6. Close-out by dispatch is allowed (the table's "or dispatch"), reopening is not: the table gives it
 *    to the finder alone, who reports back to the enterprise.
 * 7. Extensions: the owner (or a head acting as owner) asks; dispatch decides, but never on a request
 *    of their own (a liaison owning a city issue cannot approve their own extension).
 * 8. A move that the issue's state does not allow is `invalid_transition` for everyone; only a move the
 *    state allows can be `forbidden`. A stale button on an old card thus reads "this issue has moved on",
 *    not "you may not".
 *
 * Decisions about states (availability.ts) and effects (moves/), gathered here for review:
 * 9.  Hand-up (hand_to_dispatch) is not offered at level function_group: there the move is
 *     return_misrouted, which the figures count apart. It is offered at level city, so a liaison can
 *     put an issue the city sends back into the queue for routing to a district function group.
 * 10. In the dispatch queue an issue has no owner, no unit and no deadline; its level stays the one it
 *     was handed up from until routed. Routing sets the level's deadline from today, or a date dispatch
 *     fixes (not in the past).
 * 11. "Open" means not closed and not withdrawn, so a resolved issue awaiting close-out can still be
 *     withdrawn. Only the owner of in_progress or deferred work has a deadline.
 * 12. Extensions only for in_progress issues with no request already pending: a deferred issue's dates
 *     are its plan steps. The new date must be later than the present one and not in the past; an
 *     approval whose date has passed while waiting is refused (refuse it instead); a refusal needs a note.
 * 13. Plan steps: 1 to 20, each with a description and a date not before today; dates never go back,
 *     but two steps may share a date. The deferred issue is due at the first step.
 * 14. Reopen and resume restart the level's deadline from today; reassign keeps the deadline.
 * 15. Creation: the assignee kept at own level is the finder (level self, the finder's first group,
 *     else first team), or shares a group with them (self, that group), or only a team (team, that team).
 */

import type { Actor } from '../org/people.ts';
import { isDispatch, isInSubtree, leadsFunctionGroup } from '../org/subtree.ts';
import type { IssueSnapshot } from './state.ts';
import { type Move, SERVICE_LEVELS } from './vocabulary.ts';

/** The actor may make the owner's moves on this issue: they own it, or head its owner on the service line. */
export function actsAsOwner(issue: IssueSnapshot, actor: Actor): boolean {
  const { ownerId, level } = issue.state;
  if (ownerId === null) return false;
  if (ownerId === actor.cadreId) return true;
  return SERVICE_LEVELS.includes(level) && isInSubtree(actor, issue.scope.ownerUnits);
}

/** The actor may make the finder's moves on this issue: they found it, or head its finder. */
export function actsAsFinder(issue: IssueSnapshot, actor: Actor): boolean {
  return issue.state.finderId === actor.cadreId || isInSubtree(actor, issue.scope.finderUnits);
}

/** The actor may hand the issue to someone else (the new owner is checked by assignment.ts). */
export function mayReassign(issue: IssueSnapshot, actor: Actor): boolean {
  if (isDispatch(actor)) return true;
  const { level, ownerUnitId } = issue.state;
  if (level === 'function_group') return leadsFunctionGroup(actor, ownerUnitId);
  return SERVICE_LEVELS.includes(level) && isInSubtree(actor, issue.scope.ownerUnits);
}

/**
 * Whether the actor may make `move`, assuming the issue's state allows it (see availability.ts).
 * `null` stands for "(new)".
 */
export function mayMake(issue: IssueSnapshot | null, move: Move, actor: Actor): boolean {
  if (issue === null) return true;
  switch (move) {
    case 'resolve_on_spot':
    case 'keep':
      return true;
    case 'hand_to_dispatch':
    case 'defer':
    case 'resume':
    case 'resolve':
    case 'request_extension':
      return actsAsOwner(issue, actor);
    case 'route':
    case 'withdraw':
      return isDispatch(actor);
    case 'return_misrouted':
      return (
        issue.state.ownerId === actor.cadreId ||
        leadsFunctionGroup(actor, issue.state.ownerUnitId) ||
        isDispatch(actor)
      );
    case 'close_out':
      return actsAsFinder(issue, actor) || isDispatch(actor);
    case 'reopen':
      return actsAsFinder(issue, actor);
    case 'reassign':
      return mayReassign(issue, actor);
    case 'decide_extension':
      return isDispatch(actor) && issue.pendingExtension?.requestedById !== actor.cadreId;
  }
}
