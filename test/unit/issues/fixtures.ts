import type { DecideContext, IssueSnapshot, IssueState } from '../../../src/domain/issues/index.ts';
import type { Actor, ServiceUnits } from '../../../src/domain/org/people.ts';
import { cast, DISPATCH_ROOM, FG1, G1, T1 } from './cast.ts';

export const TODAY = '2025-06-03';
export const DUE = '2025-06-10';

/** A recognisable fake deadline rule: the level and urgency are readable in the date it returns. */
export const ctx: DecideContext = {
  today: TODAY,
  dueDateFor: (level, urgency, from) => {
    const days = { self: 5, team: 5, function_group: 10, city: 20 }[level];
    const allowed = urgency === 'urgent' ? Math.ceil(days / 2) : days;
    const date = new Date(`${from}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + allowed);
    return date.toISOString().slice(0, 10);
  },
};

function units(actor: Actor): ServiceUnits {
  return { groupIds: actor.groupIds, teamIds: actor.teamIds };
}

const base: IssueState = {
  status: 'in_progress',
  level: 'self',
  urgency: 'normal',
  finderId: cast.finder.cadreId,
  ownerId: cast.groupMate.cadreId,
  ownerUnitId: G1,
  dueDate: DUE,
  resolvedOnSpot: false,
  duplicateOfId: null,
};

export function snapshot(
  changes: Partial<IssueState>,
  owner: Actor | null,
  extra: Partial<IssueSnapshot> = {},
): IssueSnapshot {
  return {
    id: 100,
    state: { ...base, ...changes, ownerId: owner?.cadreId ?? null },
    scope: {
      finderUnits: units(cast.finder),
      ownerUnits: owner ? units(owner) : { groupIds: [], teamIds: [] },
    },
    pendingExtension: null,
    ...extra,
  };
}

/** One issue per status and level worth telling apart; `null` is "(new)". */
export const fixtures = {
  new: null,
  ip_self: snapshot({}, cast.groupMate),
  ip_team: snapshot({ level: 'team', ownerUnitId: T1 }, cast.teamMate),
  ip_fg: snapshot({ level: 'function_group', ownerUnitId: FG1 }, cast.fgOwner),
  ip_city: snapshot({ level: 'city', ownerUnitId: DISPATCH_ROOM }, cast.liaison),
  ip_self_pending: snapshot({}, cast.groupMate, {
    pendingExtension: { requestedById: cast.groupMate.cadreId, requestedDue: '2025-06-17' },
  }),
  ip_city_pending: snapshot({ level: 'city', ownerUnitId: DISPATCH_ROOM }, cast.liaison, {
    pendingExtension: { requestedById: cast.liaison.cadreId, requestedDue: '2025-06-17' },
  }),
  awaiting: snapshot({ status: 'awaiting_dispatch', ownerUnitId: null, dueDate: null }, null),
  deferred_self: snapshot({ status: 'deferred' }, cast.groupMate),
  deferred_fg: snapshot({ status: 'deferred', level: 'function_group', ownerUnitId: FG1 }, cast.fgOwner),
  resolved_self: snapshot({ status: 'resolved', dueDate: null }, cast.groupMate),
  resolved_fg: snapshot(
    { status: 'resolved', level: 'function_group', ownerUnitId: FG1, dueDate: null },
    cast.fgOwner,
  ),
  closed: snapshot({ status: 'closed', dueDate: null }, cast.groupMate),
  withdrawn: snapshot({ status: 'withdrawn', dueDate: null }, cast.groupMate),
} satisfies Record<string, IssueSnapshot | null>;

export type FixtureName = keyof typeof fixtures;
export const FIXTURE_NAMES = Object.keys(fixtures) as FixtureName[];
