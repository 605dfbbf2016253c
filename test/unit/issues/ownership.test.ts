import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/issues/index.ts';
import { cast, DISPATCH_ROOM, FG1, G1, T1 } from './cast.ts';
import { ctx, DUE, fixtures, TODAY } from './fixtures.ts';
import { accept, fieldErrors } from './outcome.ts';

const {
  finder,
  groupMate,
  teamMate,
  fgOwner,
  fgMate,
  liaison,
  dispatcher,
  headG1,
  headT1,
  leadFG1,
  stranger,
} = cast;

describe('hand_to_dispatch (in_progress → awaiting_dispatch)', () => {
  it('clears owner, unit and deadline, keeps the level it came from, and tells the finder', () => {
    const t = accept(
      decide(fixtures.ip_team, { move: 'hand_to_dispatch', reason: ' Beyond the team. ' }, teamMate, ctx),
    );
    expect(t.next).toMatchObject({
      status: 'awaiting_dispatch',
      level: 'team',
      ownerId: null,
      ownerUnitId: null,
      dueDate: null,
    });
    expect(t.event).toEqual({
      move: 'hand_to_dispatch',
      actorId: teamMate.cadreId,
      from: 'in_progress',
      to: 'awaiting_dispatch',
      comment: 'Beyond the team.',
      ownerBefore: teamMate.cadreId,
      ownerAfter: null,
      levelBefore: 'team',
      levelAfter: 'team',
      dueBefore: DUE,
      dueAfter: null,
    });
    expect(t.notify).toEqual([finder.cadreId]);
    expect(t.notifyDispatchRoom).toBe(true);
  });

  it('made by a team head for the owner: finder and owner are both told', () => {
    const t = accept(decide(fixtures.ip_self, { move: 'hand_to_dispatch', reason: 'No.' }, headT1, ctx));
    expect(t.notify).toEqual([finder.cadreId, groupMate.cadreId]);
    expect(t.event?.actorId).toBe(headT1.cadreId);
  });

  it('requires a reason', () => {
    expect(
      fieldErrors(decide(fixtures.ip_self, { move: 'hand_to_dispatch', reason: ' ' }, groupMate, ctx)),
    ).toEqual(['reason: required']);
  });
});

describe('route (awaiting_dispatch → in_progress)', () => {
  it('to a function group member: level, unit, owner, and the function group deadline from today', () => {
    const t = accept(
      decide(
        fixtures.awaiting,
        { move: 'route', target: { level: 'function_group', functionGroupId: FG1 }, assignee: fgMate },
        dispatcher,
        ctx,
      ),
    );
    expect(t.next).toMatchObject({
      status: 'in_progress',
      level: 'function_group',
      ownerId: fgMate.cadreId,
      ownerUnitId: FG1,
      dueDate: ctx.dueDateFor('function_group', 'normal', TODAY),
    });
    expect(t.event).toMatchObject({
      from: 'awaiting_dispatch',
      to: 'in_progress',
      ownerBefore: null,
      ownerAfter: fgMate.cadreId,
      levelBefore: 'self',
      levelAfter: 'function_group',
      dueBefore: null,
    });
    expect(t.notify).toEqual([finder.cadreId, fgMate.cadreId]);
    expect(t.notifyDispatchRoom).toBe(false);
  });

  it('to the function group lead', () => {
    const target = { level: 'function_group', functionGroupId: FG1 } as const;
    expect(decide(fixtures.awaiting, { move: 'route', target, assignee: leadFG1 }, dispatcher, ctx).ok).toBe(
      true,
    );
  });

  it('to the city: owned by a dispatch-room liaison, held by the dispatch room', () => {
    const t = accept(
      decide(
        fixtures.awaiting,
        { move: 'route', target: { level: 'city', dispatchRoomId: DISPATCH_ROOM }, assignee: liaison },
        dispatcher,
        ctx,
      ),
    );
    expect(t.next).toMatchObject({ level: 'city', ownerId: liaison.cadreId, ownerUnitId: DISPATCH_ROOM });
    expect(t.next.dueDate).toBe(ctx.dueDateFor('city', 'normal', TODAY));
  });

  it('refuses an owner outside the target', () => {
    const toFg = decide(
      fixtures.awaiting,
      { move: 'route', target: { level: 'function_group', functionGroupId: FG1 }, assignee: stranger },
      dispatcher,
      ctx,
    );
    expect(fieldErrors(toFg)).toEqual(['assignee: outside_unit']);
    const toCity = decide(
      fixtures.awaiting,
      { move: 'route', target: { level: 'city', dispatchRoomId: DISPATCH_ROOM }, assignee: fgMate },
      dispatcher,
      ctx,
    );
    expect(fieldErrors(toCity)).toEqual(['assignee: outside_unit']);
  });

  it('takes a date fixed by dispatch, if not in the past', () => {
    const target = { level: 'city', dispatchRoomId: DISPATCH_ROOM } as const;
    const fixed = accept(
      decide(
        fixtures.awaiting,
        { move: 'route', target, assignee: liaison, dueDate: '2025-09-30' },
        dispatcher,
        ctx,
      ),
    );
    expect(fixed.next.dueDate).toBe('2025-09-30');
    expect(
      accept(
        decide(
          fixtures.awaiting,
          { move: 'route', target, assignee: liaison, dueDate: TODAY },
          dispatcher,
          ctx,
        ),
      ).next.dueDate,
    ).toBe(TODAY);
    expect(
      fieldErrors(
        decide(
          fixtures.awaiting,
          { move: 'route', target, assignee: liaison, dueDate: '2025-06-02' },
          dispatcher,
          ctx,
        ),
      ),
    ).toEqual(['dueDate: in_past']);
    expect(
      fieldErrors(
        decide(
          fixtures.awaiting,
          { move: 'route', target, assignee: liaison, dueDate: '2025-02-30' },
          dispatcher,
          ctx,
        ),
      ),
    ).toEqual(['dueDate: not_a_date']);
  });
});

describe('return_misrouted (in_progress at function_group → awaiting_dispatch)', () => {
  it('puts the issue back in the queue with the reason', () => {
    const t = accept(
      decide(fixtures.ip_fg, { move: 'return_misrouted', reason: 'Land, not utilities.' }, fgOwner, ctx),
    );
    expect(t.next).toMatchObject({
      status: 'awaiting_dispatch',
      level: 'function_group',
      ownerId: null,
      ownerUnitId: null,
      dueDate: null,
    });
    expect(t.event).toMatchObject({
      move: 'return_misrouted',
      from: 'in_progress',
      to: 'awaiting_dispatch',
      comment: 'Land, not utilities.',
      ownerBefore: fgOwner.cadreId,
      ownerAfter: null,
    });
    expect(t.notifyDispatchRoom).toBe(true);
  });

  it('requires a reason', () => {
    expect(
      fieldErrors(decide(fixtures.ip_fg, { move: 'return_misrouted', reason: '' }, leadFG1, ctx)),
    ).toEqual(['reason: required']);
  });
});

describe('reassign (same status, new owner)', () => {
  it('within the service line: the level follows the new owner, the deadline does not move', () => {
    const t = accept(
      decide(
        fixtures.ip_self,
        { move: 'reassign', assignee: teamMate, comment: 'G2 knows the firm.' },
        headT1,
        ctx,
      ),
    );
    expect(t.next).toMatchObject({
      status: 'in_progress',
      level: 'team',
      ownerId: teamMate.cadreId,
      ownerUnitId: T1,
      dueDate: DUE,
    });
    expect(t.event).toMatchObject({
      move: 'reassign',
      from: 'in_progress',
      to: 'in_progress',
      ownerBefore: groupMate.cadreId,
      ownerAfter: teamMate.cadreId,
      levelBefore: 'self',
      levelAfter: 'team',
      dueBefore: DUE,
      dueAfter: DUE,
      comment: 'G2 knows the firm.',
    });
    expect(t.notify).toEqual([finder.cadreId, groupMate.cadreId, teamMate.cadreId]);
  });

  it('back into the finder group: level self', () => {
    const t = accept(decide(fixtures.ip_team, { move: 'reassign', assignee: groupMate }, headT1, ctx));
    expect(t.next).toMatchObject({ level: 'self', ownerUnitId: G1 });
  });

  it('keeps a deferred issue deferred', () => {
    expect(
      accept(decide(fixtures.deferred_self, { move: 'reassign', assignee: finder }, headG1, ctx)).next.status,
    ).toBe('deferred');
  });

  it('refuses the present owner', () => {
    expect(
      fieldErrors(decide(fixtures.ip_self, { move: 'reassign', assignee: groupMate }, dispatcher, ctx)),
    ).toEqual(['assignee: same_owner']);
  });

  it('a group head only to people in their group', () => {
    expect(
      fieldErrors(decide(fixtures.ip_self, { move: 'reassign', assignee: teamMate }, headG1, ctx)),
    ).toEqual(['assignee: outside_subtree']);
  });

  it('dispatch anywhere, but on the service line only to the finder group or team', () => {
    expect(
      fieldErrors(decide(fixtures.ip_self, { move: 'reassign', assignee: stranger }, dispatcher, ctx)),
    ).toEqual(['assignee: outside_unit']);
  });

  it('a function group lead within the group; the level and unit stay', () => {
    const t = accept(decide(fixtures.ip_fg, { move: 'reassign', assignee: leadFG1 }, leadFG1, ctx));
    expect(t.next).toMatchObject({ level: 'function_group', ownerUnitId: FG1, ownerId: leadFG1.cadreId });
    expect(t.notify).toEqual([finder.cadreId, fgOwner.cadreId]);
    expect(
      fieldErrors(decide(fixtures.ip_fg, { move: 'reassign', assignee: groupMate }, leadFG1, ctx)),
    ).toEqual(['assignee: outside_unit']);
  });

  it('a city issue only to another liaison', () => {
    expect(
      fieldErrors(decide(fixtures.ip_city, { move: 'reassign', assignee: finder }, dispatcher, ctx)),
    ).toEqual(['assignee: outside_unit']);
    expect(
      accept(decide(fixtures.ip_city, { move: 'reassign', assignee: dispatcher }, dispatcher, ctx)).next
        .ownerUnitId,
    ).toBe(DISPATCH_ROOM);
  });
});
