// A small district for the issue tests: two service teams, four groups, two function groups, the
// dispatch room, and one person for each relationship an actor can have to an issue.
//
//   team T1: group G1 (finder, groupMate, headG1), group G2 (teamMate, headG2); team head headT1,
//            district leader leaderT1
//   team T2: group G3 (fgOwner, headG3)
//   team T3: group G4 (stranger, headG4)
//   function group FG1: lead leadFG1, members fgOwner and fgMate; function group FG2: lead leadFG2
//   dispatch room: dispatcher, liaison (both with the dispatch role)
import type { Actor, Role } from '../../../src/domain/org/people.ts';

export const T1 = 1;
export const T2 = 2;
export const T3 = 3;
export const G1 = 11;
export const G2 = 12;
export const G3 = 13;
export const G4 = 14;
export const FG1 = 21;
export const FG2 = 22;
export const DISPATCH_ROOM = 31;

interface Seat {
  roles?: Role[];
  groupIds?: number[];
  teamIds?: number[];
  functionGroupIds?: number[];
  headOfGroupIds?: number[];
  headOfTeamIds?: number[];
  leadsTeamIds?: number[];
  leadsFunctionGroupIds?: number[];
}

function person(cadreId: number, seat: Seat): Actor {
  return {
    cadreId,
    roles: seat.roles ?? [],
    groupIds: seat.groupIds ?? [],
    teamIds: seat.teamIds ?? [],
    functionGroupIds: seat.functionGroupIds ?? [],
    headOfGroupIds: seat.headOfGroupIds ?? [],
    headOfTeamIds: seat.headOfTeamIds ?? [],
    leadsTeamIds: seat.leadsTeamIds ?? [],
    leadsFunctionGroupIds: seat.leadsFunctionGroupIds ?? [],
  };
}

export const cast = {
  finder: person(1, { groupIds: [G1], teamIds: [T1] }),
  groupMate: person(2, { groupIds: [G1], teamIds: [T1] }),
  teamMate: person(3, { groupIds: [G2], teamIds: [T1] }),
  // Also in a service group: a function-group issue must not fall under G3's or T2's heads.
  fgOwner: person(4, { groupIds: [G3], teamIds: [T2], functionGroupIds: [FG1] }),
  liaison: person(5, { roles: ['dispatch'] }),
  fgMate: person(6, { functionGroupIds: [FG1] }),
  headG1: person(7, { groupIds: [G1], teamIds: [T1], headOfGroupIds: [G1] }),
  headG2: person(8, { groupIds: [G2], teamIds: [T1], headOfGroupIds: [G2] }),
  headG3: person(9, { groupIds: [G3], teamIds: [T2], headOfGroupIds: [G3] }),
  headT1: person(10, { teamIds: [T1], headOfTeamIds: [T1] }),
  leaderT1: person(11, { leadsTeamIds: [T1], roles: ['observer'] }),
  leadFG1: person(12, { functionGroupIds: [FG1], leadsFunctionGroupIds: [FG1] }),
  leadFG2: person(13, { functionGroupIds: [FG2], leadsFunctionGroupIds: [FG2] }),
  dispatcher: person(14, { roles: ['dispatch'] }),
  stranger: person(15, { groupIds: [G4], teamIds: [T3] }),
  headG4: person(16, { groupIds: [G4], teamIds: [T3], headOfGroupIds: [G4] }),
  admin: person(17, { roles: ['admin'] }),
  observer: person(18, { roles: ['observer', 'supervision'] }),
} as const;

export type CastName = keyof typeof cast;
export const CAST_NAMES = Object.keys(cast) as CastName[];
