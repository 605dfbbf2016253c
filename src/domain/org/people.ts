// The minimal organisation model the issue rules need (domain.md "Organisation"). Persistence builds
// these from units, memberships and unit leads; the domain never walks the unit tree itself, so every
// fact arrives flattened into id lists.

/** Mirrors of the Prisma enums (prisma/schema.prisma); the domain never imports the generated client. */
export const ROLES = ['dispatch', 'admin', 'observer', 'supervision'] as const;
export type Role = (typeof ROLES)[number];

export const CADRE_RANKS = ['district_leader', 'division', 'deputy_division', 'staff'] as const;
export type CadreRank = (typeof CADRE_RANKS)[number];

export const UNIT_KINDS = [
  'leadership',
  'task_force',
  'dispatch',
  'function_group',
  'team',
  'group',
  'supervision',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export type CadreId = number;
export type UnitId = number;

/** Where someone sits on the service line (district leader → team → group → cadre). */
export interface ServiceUnits {
  /** Service groups (助企服务组) the cadre is a member of. */
  readonly groupIds: readonly UnitId[];
  /** Service teams (助企服务队) the cadre is a member of, directly or through one of their groups. */
  readonly teamIds: readonly UnitId[];
}

/** A cadre as a possible owner of an issue. */
export interface Member extends ServiceUnits {
  readonly cadreId: CadreId;
  readonly roles: readonly Role[];
  /** Function groups (服务功能组) the cadre belongs to, including those they lead. */
  readonly functionGroupIds: readonly UnitId[];
}

/** The cadre making a request, with the units they head: their subtree. */
export interface Actor extends Member {
  /** Service groups whose lead they are (包组, group head). */
  readonly headOfGroupIds: readonly UnitId[];
  /** Service teams whose lead they are (包队, team head). */
  readonly headOfTeamIds: readonly UnitId[];
  /** Service teams they lead as a district leader (带队). */
  readonly leadsTeamIds: readonly UnitId[];
  /** Function groups whose lead they are. */
  readonly leadsFunctionGroupIds: readonly UnitId[];
}

export const NO_SERVICE_UNITS: ServiceUnits = { groupIds: [], teamIds: [] };
