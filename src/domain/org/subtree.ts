import type { Actor, Member, Role, ServiceUnits, UnitId } from './people.ts';

function overlaps(a: readonly UnitId[], b: readonly UnitId[]): boolean {
  return a.some((id) => b.includes(id));
}

export function hasRole(member: Pick<Member, 'roles'>, role: Role): boolean {
  return member.roles.includes(role);
}

/** Dispatch-room staff: triage, routing, withdrawals, extensions; also the city liaisons. */
export function isDispatch(member: Pick<Member, 'roles'>): boolean {
  return hasRole(member, 'dispatch');
}

/**
 * True when someone sitting in `units` is under the actor: in a group they head, or in a team they
 * head or lead as a district leader. Teams in `units` include the teams of its groups, so a team head
 * reaches every group of the team without knowing the tree.
 */
export function isInSubtree(actor: Actor, units: ServiceUnits): boolean {
  return (
    overlaps(actor.headOfGroupIds, units.groupIds) ||
    overlaps(actor.headOfTeamIds, units.teamIds) ||
    overlaps(actor.leadsTeamIds, units.teamIds)
  );
}

export function leadsFunctionGroup(actor: Actor, functionGroupId: UnitId | null): boolean {
  return functionGroupId !== null && actor.leadsFunctionGroupIds.includes(functionGroupId);
}

export function belongsToFunctionGroup(member: Member, functionGroupId: UnitId | null): boolean {
  return functionGroupId !== null && member.functionGroupIds.includes(functionGroupId);
}

/** The first of `ours` that `theirs` also holds: a shared group or team. */
export function firstShared(ours: readonly UnitId[], theirs: readonly UnitId[]): UnitId | null {
  return ours.find((id) => theirs.includes(id)) ?? null;
}
