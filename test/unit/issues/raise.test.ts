import { describe, expect, it } from 'vitest';
import { decide, LIMITS } from '../../../src/domain/issues/index.ts';
import { cast, G1, T1 } from './cast.ts';
import { details } from './commands.ts';
import { ctx, TODAY } from './fixtures.ts';
import { accept, fieldErrors } from './outcome.ts';

const { finder, groupMate, teamMate, stranger, headT1 } = cast;

describe('resolve_on_spot (new → resolved)', () => {
  it('records an on-site resolution owned by the finder, with no deadline and nobody else to tell', () => {
    const t = accept(
      decide(null, { move: 'resolve_on_spot', details, note: ' Explained the form. ' }, finder, ctx),
    );
    expect(t.next).toEqual({
      status: 'resolved',
      level: 'self',
      urgency: 'normal',
      finderId: finder.cadreId,
      ownerId: finder.cadreId,
      ownerUnitId: G1,
      dueDate: null,
      resolvedOnSpot: true,
      duplicateOfId: null,
    });
    expect(t.event).toEqual({
      move: 'resolve_on_spot',
      actorId: finder.cadreId,
      from: null,
      to: 'resolved',
      comment: 'Explained the form.',
      ownerBefore: null,
      ownerAfter: finder.cadreId,
      levelBefore: null,
      levelAfter: 'self',
      dueBefore: null,
      dueAfter: null,
    });
    expect(t.details).toEqual({ ...details, title: 'Grid connection delayed' });
    expect(t.notify).toEqual([]);
    expect(t.notifyDispatchRoom).toBe(false);
  });

  it('requires a note', () => {
    expect(
      fieldErrors(decide(null, { move: 'resolve_on_spot', details, note: '  \n ' }, finder, ctx)),
    ).toEqual(['note: required']);
  });

  it('holds a finder outside any group by their team, or by no unit at all', () => {
    const byTeam = accept(decide(null, { move: 'resolve_on_spot', details, note: 'ok' }, headT1, ctx));
    expect(byTeam.next.ownerUnitId).toBe(T1);
    const byNone = accept(decide(null, { move: 'resolve_on_spot', details, note: 'ok' }, cast.admin, ctx));
    expect(byNone.next.ownerUnitId).toBeNull();
  });
});

describe('keep (new → in_progress at own level)', () => {
  it('kept by the finder: level self, their group, deadline for self from today', () => {
    const t = accept(decide(null, { move: 'keep', details, assignee: finder }, finder, ctx));
    expect(t.next).toMatchObject({
      status: 'in_progress',
      level: 'self',
      ownerId: finder.cadreId,
      ownerUnitId: G1,
    });
    expect(t.next.dueDate).toBe(ctx.dueDateFor('self', 'normal', TODAY));
    expect(t.notify).toEqual([]);
  });

  it('given to a member of the finder group: level self, and the new owner is told', () => {
    const t = accept(decide(null, { move: 'keep', details, assignee: groupMate }, finder, ctx));
    expect(t.next).toMatchObject({ level: 'self', ownerId: groupMate.cadreId, ownerUnitId: G1 });
    expect(t.notify).toEqual([groupMate.cadreId]);
    expect(t.event).toMatchObject({
      from: null,
      to: 'in_progress',
      ownerAfter: groupMate.cadreId,
      levelAfter: 'self',
    });
  });

  it('given to a member of the finder team only: level team', () => {
    const t = accept(decide(null, { move: 'keep', details, assignee: teamMate }, finder, ctx));
    expect(t.next).toMatchObject({ level: 'team', ownerId: teamMate.cadreId, ownerUnitId: T1 });
    expect(t.next.dueDate).toBe(ctx.dueDateFor('team', 'normal', TODAY));
  });

  it('halves the allowance for an urgent issue, through the injected rule', () => {
    const t = accept(
      decide(
        null,
        { move: 'keep', details: { ...details, urgency: 'urgent' }, assignee: finder },
        finder,
        ctx,
      ),
    );
    expect(t.next.urgency).toBe('urgent');
    expect(t.next.dueDate).toBe(ctx.dueDateFor('self', 'urgent', TODAY));
    expect(t.next.dueDate).not.toBe(ctx.dueDateFor('self', 'normal', TODAY));
  });

  it('refuses an owner outside the finder group and team', () => {
    expect(fieldErrors(decide(null, { move: 'keep', details, assignee: stranger }, finder, ctx))).toEqual([
      'assignee: outside_unit',
    ]);
  });
});

describe('hand_to_dispatch at creation (new → awaiting_dispatch)', () => {
  it('queues the issue with no owner and no deadline, and alerts the dispatch room', () => {
    const t = accept(
      decide(null, { move: 'hand_to_dispatch', reason: 'Needs the city.', details }, finder, ctx),
    );
    expect(t.next).toMatchObject({
      status: 'awaiting_dispatch',
      level: 'self',
      ownerId: null,
      ownerUnitId: null,
      dueDate: null,
    });
    expect(t.event).toMatchObject({
      from: null,
      to: 'awaiting_dispatch',
      comment: 'Needs the city.',
      ownerAfter: null,
    });
    expect(t.notifyDispatchRoom).toBe(true);
    expect(t.notify).toEqual([]);
  });

  it('needs a reason and the issue fields', () => {
    expect(fieldErrors(decide(null, { move: 'hand_to_dispatch', reason: '' }, finder, ctx))).toEqual([
      'title: required',
      'category: required',
      'urgency: required',
      'reason: required',
    ]);
  });
});

describe('issue fields', () => {
  const raiseWith = (changes: Partial<typeof details>) =>
    decide(null, { move: 'resolve_on_spot', details: { ...details, ...changes }, note: 'ok' }, finder, ctx);

  it(`accepts a title of ${LIMITS.title} characters, counting Chinese characters as one each`, () => {
    expect(raiseWith({ title: '电'.repeat(LIMITS.title) }).ok).toBe(true);
    expect(fieldErrors(raiseWith({ title: '电'.repeat(LIMITS.title + 1) }))).toEqual(['title: too_long']);
  });

  it('accepts an empty description and refuses one over the limit', () => {
    expect(accept(raiseWith({ description: '   ' })).details?.description).toBe('');
    expect(fieldErrors(raiseWith({ description: 'x'.repeat(LIMITS.text + 1) }))).toEqual([
      'description: too_long',
    ]);
  });

  it('reports every field at fault at once, with the limit as a parameter', () => {
    const decision = decide(
      null,
      {
        move: 'resolve_on_spot',
        details: { title: 'x'.repeat(201), description: '', category: 'weather' as never, urgency: 'urgent' },
        note: '',
      },
      finder,
      ctx,
    );
    expect(fieldErrors(decision)).toEqual(['title: too_long', 'category: not_allowed', 'note: required']);
    expect(decision.ok ? null : decision.error.fields[0]?.params).toEqual({ max: 200, length: 201 });
  });
});
