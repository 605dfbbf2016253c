import { describe, expect, it } from 'vitest';
import { decide, moveForVerdict } from '../../../src/domain/issues/index.ts';
import { cast } from './cast.ts';
import { ctx, fixtures, snapshot, TODAY } from './fixtures.ts';
import { accept, fieldErrors } from './outcome.ts';

const { finder, groupMate, fgOwner, dispatcher } = cast;

describe('close_out (resolved → closed)', () => {
  it.each(['satisfied', 'basically_satisfied'] as const)('closes with %s feedback recorded', (verdict) => {
    const t = accept(
      decide(fixtures.resolved_self, { move: 'close_out', verdict, comment: ' Thanks. ' }, finder, ctx),
    );
    expect(t.next.status).toBe('closed');
    expect(t.feedback).toEqual({ verdict, comment: 'Thanks.', recordedById: finder.cadreId });
    expect(t.event).toMatchObject({ move: 'close_out', from: 'resolved', to: 'closed', comment: 'Thanks.' });
    expect(t.notify).toEqual([groupMate.cadreId]);
  });

  it('a dissatisfied verdict cannot close', () => {
    expect(
      fieldErrors(
        decide(fixtures.resolved_self, { move: 'close_out', verdict: 'dissatisfied' }, finder, ctx),
      ),
    ).toEqual(['verdict: not_allowed']);
  });

  it('dispatch may record the feedback; finder and owner are told', () => {
    const t = accept(
      decide(fixtures.resolved_fg, { move: 'close_out', verdict: 'satisfied' }, dispatcher, ctx),
    );
    expect(t.feedback?.recordedById).toBe(dispatcher.cadreId);
    expect(t.feedback?.comment).toBeNull();
    expect(t.notify).toEqual([finder.cadreId, fgOwner.cadreId]);
  });
});

describe('reopen (resolved → in_progress, dissatisfied)', () => {
  it('keeps the owner and resets the deadline from today', () => {
    const t = accept(
      decide(fixtures.resolved_fg, { move: 'reopen', comment: 'Still no power.' }, finder, ctx),
    );
    expect(t.next).toMatchObject({
      status: 'in_progress',
      ownerId: fgOwner.cadreId,
      level: 'function_group',
      dueDate: ctx.dueDateFor('function_group', 'normal', TODAY),
    });
    expect(t.event).toMatchObject({
      move: 'reopen',
      from: 'resolved',
      to: 'in_progress',
      ownerBefore: fgOwner.cadreId,
      ownerAfter: fgOwner.cadreId,
      dueBefore: null,
      dueAfter: t.next.dueDate,
    });
    expect(t.feedback).toEqual({
      verdict: 'dissatisfied',
      comment: 'Still no power.',
      recordedById: finder.cadreId,
    });
    expect(t.notify).toEqual([fgOwner.cadreId]);
  });

  it('an urgent issue gets the urgent allowance again', () => {
    const urgent = snapshot({ status: 'resolved', dueDate: null, urgency: 'urgent' }, groupMate);
    const t = accept(decide(urgent, { move: 'reopen', comment: 'No.' }, finder, ctx));
    expect(t.next.dueDate).toBe(ctx.dueDateFor('self', 'urgent', TODAY));
  });

  it('needs what the enterprise said', () => {
    expect(fieldErrors(decide(fixtures.resolved_self, { move: 'reopen', comment: '' }, finder, ctx))).toEqual(
      ['comment: required'],
    );
  });
});

describe('moveForVerdict', () => {
  it('closes on satisfied and basically satisfied, reopens on dissatisfied', () => {
    expect(moveForVerdict('satisfied')).toBe('close_out');
    expect(moveForVerdict('basically_satisfied')).toBe('close_out');
    expect(moveForVerdict('dissatisfied')).toBe('reopen');
  });
});
