import type { Actor, CadreId, Member, ServiceUnits, UnitId } from '../org/people.ts';
import { belongsToFunctionGroup, firstShared, isDispatch, isInSubtree } from '../org/subtree.ts';
import type { RouteTarget } from './commands.ts';
import type { FieldCheck } from './fields.ts';
import type { IssueSnapshot } from './state.ts';
import type { IssueLevel } from './vocabulary.ts';

export interface Placement {
  readonly level: IssueLevel;
  readonly ownerUnitId: UnitId | null;
}

/**
 * Kept at own level (问题不上交): the owner is the finder or shares a group or team with them. Sharing a
 * group (or being the finder) is level `self`; sharing only the team is level `team`. The unit is the
 * first shared one in the finder's order, so the caller controls the choice for a cadre in several.
 */
export function placeOnServiceLine(
  finderId: CadreId,
  finderUnits: ServiceUnits,
  assignee: Member,
): Placement | null {
  if (assignee.cadreId === finderId) {
    return { level: 'self', ownerUnitId: finderUnits.groupIds[0] ?? finderUnits.teamIds[0] ?? null };
  }
  const group = firstShared(finderUnits.groupIds, assignee.groupIds);
  if (group !== null) return { level: 'self', ownerUnitId: group };
  const team = firstShared(finderUnits.teamIds, assignee.teamIds);
  if (team !== null) return { level: 'team', ownerUnitId: team };
  return null;
}

/** Routed by dispatch: to a member (or the lead) of the function group, or to a liaison for the city. */
export function placeRouted(target: RouteTarget, assignee: Member, check: FieldCheck): Placement | null {
  if (target.level === 'function_group') {
    if (belongsToFunctionGroup(assignee, target.functionGroupId)) {
      return { level: 'function_group', ownerUnitId: target.functionGroupId };
    }
  } else if (isDispatch(assignee)) {
    return { level: 'city', ownerUnitId: target.dispatchRoomId };
  }
  check.fail('assignee', 'outside_unit');
  return null;
}

/** A new owner at the issue's present level; records why not in `check`. */
export function placeReassigned(
  issue: IssueSnapshot,
  actor: Actor,
  assignee: Member,
  check: FieldCheck,
): Placement | null {
  const { level, ownerId, ownerUnitId, finderId } = issue.state;
  if (assignee.cadreId === ownerId) {
    check.fail('assignee', 'same_owner');
    return null;
  }
  if (level === 'function_group') {
    if (belongsToFunctionGroup(assignee, ownerUnitId)) return { level, ownerUnitId };
  } else if (level === 'city') {
    if (isDispatch(assignee)) return { level, ownerUnitId };
  } else {
    // Dispatch reaches everyone; a head only the people under them.
    if (!isDispatch(actor) && !isInSubtree(actor, assignee)) {
      check.fail('assignee', 'outside_subtree');
      return null;
    }
    const placement = placeOnServiceLine(finderId, issue.scope.finderUnits, assignee);
    if (placement) return placement;
  }
  check.fail('assignee', 'outside_unit');
  return null;
}
