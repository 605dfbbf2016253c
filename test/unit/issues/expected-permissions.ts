// The expected outcome of every (issue state, move, actor), written from domain.md's status and roles
// tables and the decisions at the top of src/domain/issues/permissions.ts, not from the code.
// A list names the actors who may make the move; everyone else is `forbidden`.
// INVALID: the state does not allow the move, so everyone gets `invalid_transition`.
import type { Move } from '../../../src/domain/issues/index.ts';
import { CAST_NAMES, type CastName } from './cast.ts';
import type { FixtureName } from './fixtures.ts';

export const INVALID = 'invalid' as const;
type Expected = readonly CastName[] | typeof INVALID;

const EVERYONE = CAST_NAMES;
const DISPATCH: CastName[] = ['dispatcher', 'liaison'];
// The finder and the heads above the finder (G1, T1, T1's district leader).
const FINDER_SIDE: CastName[] = ['finder', 'headG1', 'headT1', 'leaderT1'];
// Owner-side at level self: the owner (groupMate, in G1) and the heads above them.
const OWNER_SELF: CastName[] = ['groupMate', 'headG1', 'headT1', 'leaderT1'];
// Owner-side at level team: the owner (teamMate, in G2) and the heads above them.
const OWNER_TEAM: CastName[] = ['teamMate', 'headG2', 'headT1', 'leaderT1'];
// Above team level only the owner: headG3 heads fgOwner's service group and still may not.
const OWNER_FG: CastName[] = ['fgOwner'];
const OWNER_CITY: CastName[] = ['liaison'];

const ALL_INVALID = {
  resolve_on_spot: INVALID,
  keep: INVALID,
  hand_to_dispatch: INVALID,
  route: INVALID,
  return_misrouted: INVALID,
  defer: INVALID,
  resume: INVALID,
  resolve: INVALID,
  close_out: INVALID,
  reopen: INVALID,
  withdraw: INVALID,
  reassign: INVALID,
  request_extension: INVALID,
  decide_extension: INVALID,
} satisfies Record<Move, Expected>;

const ipSelf: Record<Move, Expected> = {
  ...ALL_INVALID,
  hand_to_dispatch: OWNER_SELF,
  defer: OWNER_SELF,
  resolve: OWNER_SELF,
  withdraw: DISPATCH,
  reassign: [...DISPATCH, 'headG1', 'headT1', 'leaderT1'],
  request_extension: OWNER_SELF,
};

const ipCity: Record<Move, Expected> = {
  ...ALL_INVALID,
  hand_to_dispatch: OWNER_CITY,
  defer: OWNER_CITY,
  resolve: OWNER_CITY,
  withdraw: DISPATCH,
  reassign: DISPATCH,
  request_extension: OWNER_CITY,
};

const resolvedAnyLevel: Record<Move, Expected> = {
  ...ALL_INVALID,
  close_out: [...FINDER_SIDE, ...DISPATCH],
  reopen: FINDER_SIDE,
  withdraw: DISPATCH,
};

export const expected: Record<FixtureName, Record<Move, Expected>> = {
  new: { ...ALL_INVALID, resolve_on_spot: EVERYONE, keep: EVERYONE, hand_to_dispatch: EVERYONE },
  ip_self: ipSelf,
  ip_team: {
    ...ALL_INVALID,
    hand_to_dispatch: OWNER_TEAM,
    defer: OWNER_TEAM,
    resolve: OWNER_TEAM,
    withdraw: DISPATCH,
    reassign: [...DISPATCH, 'headG2', 'headT1', 'leaderT1'],
    request_extension: OWNER_TEAM,
  },
  ip_fg: {
    ...ALL_INVALID,
    return_misrouted: ['fgOwner', 'leadFG1', ...DISPATCH],
    defer: OWNER_FG,
    resolve: OWNER_FG,
    withdraw: DISPATCH,
    reassign: ['leadFG1', ...DISPATCH],
    request_extension: OWNER_FG,
  },
  ip_city: ipCity,
  ip_self_pending: { ...ipSelf, request_extension: INVALID, decide_extension: DISPATCH },
  // The liaison asked for this extension and so may not decide it.
  ip_city_pending: { ...ipCity, request_extension: INVALID, decide_extension: ['dispatcher'] },
  awaiting: { ...ALL_INVALID, route: DISPATCH, withdraw: DISPATCH },
  deferred_self: {
    ...ALL_INVALID,
    resume: OWNER_SELF,
    resolve: OWNER_SELF,
    withdraw: DISPATCH,
    reassign: [...DISPATCH, 'headG1', 'headT1', 'leaderT1'],
  },
  deferred_fg: {
    ...ALL_INVALID,
    resume: OWNER_FG,
    resolve: OWNER_FG,
    withdraw: DISPATCH,
    reassign: ['leadFG1', ...DISPATCH],
  },
  resolved_self: resolvedAnyLevel,
  resolved_fg: resolvedAnyLevel,
  closed: ALL_INVALID,
  withdrawn: ALL_INVALID,
};
