import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/issues/index.ts';
import { cast } from './cast.ts';
import { ctx, DUE, fixtures, snapshot } from './fixtures.ts';
import { accept, fieldErrors, refusal } from './outcome.ts';

const { finder, groupMate, headG1, dispatcher } = cast;

describe('request_extension', () => {
  it('changes nothing on the issue yet: no history row, a request for dispatch', () => {
    const t = accept(
      decide(
        fixtures.ip_self,
        { move: 'request_extension', dueDate: '2025-06-20', reason: ' Grid. ' },
        groupMate,
        ctx,
      ),
    );
    expect(t.next).toBe(fixtures.ip_self.state);
    expect(t.event).toBeNull();
    expect(t.extension).toEqual({
      kind: 'requested',
      requestedById: groupMate.cadreId,
      dueDate: '2025-06-20',
      reason: 'Grid.',
    });
    expect(t.notifyDispatchRoom).toBe(true);
    expect(t.notify).toEqual([finder.cadreId]);
  });

  it('a head may ask for the owner', () => {
    const t = accept(
      decide(
        fixtures.ip_self,
        { move: 'request_extension', dueDate: '2025-06-20', reason: 'x' },
        headG1,
        ctx,
      ),
    );
    expect(t.extension).toMatchObject({ requestedById: headG1.cadreId });
    expect(t.notify).toEqual([finder.cadreId, groupMate.cadreId]);
  });

  it('the new date must be later than the present one, and not past', () => {
    const ask = (dueDate: string) =>
      decide(fixtures.ip_self, { move: 'request_extension', dueDate, reason: 'x' }, groupMate, ctx);
    expect(fieldErrors(ask(DUE))).toEqual(['dueDate: not_later']);
    expect(fieldErrors(ask('2025-06-01'))).toEqual(['dueDate: in_past']);
    expect(
      fieldErrors(
        decide(
          fixtures.ip_self,
          { move: 'request_extension', dueDate: '2025-06-20', reason: '' },
          groupMate,
          ctx,
        ),
      ),
    ).toEqual(['reason: required']);
  });

  it('an overdue issue may ask for any date from today', () => {
    const overdue = snapshot({ dueDate: '2025-05-20' }, groupMate);
    expect(
      decide(overdue, { move: 'request_extension', dueDate: '2025-06-03', reason: 'x' }, groupMate, ctx).ok,
    ).toBe(true);
  });

  it('one request at a time', () => {
    const error = refusal(
      decide(
        fixtures.ip_self_pending,
        { move: 'request_extension', dueDate: '2025-06-20', reason: 'x' },
        groupMate,
        ctx,
      ),
    );
    expect(error.code).toBe('invalid_transition');
  });
});

describe('decide_extension', () => {
  it('approved: the due date moves, recorded as an extend row', () => {
    const t = accept(
      decide(fixtures.ip_self_pending, { move: 'decide_extension', approve: true }, dispatcher, ctx),
    );
    expect(t.move).toBe('decide_extension');
    expect(t.next).toEqual({ ...fixtures.ip_self_pending.state, dueDate: '2025-06-17' });
    expect(t.event).toMatchObject({
      move: 'extend',
      from: 'in_progress',
      to: 'in_progress',
      dueBefore: DUE,
      dueAfter: '2025-06-17',
      comment: null,
      ownerBefore: groupMate.cadreId,
      ownerAfter: groupMate.cadreId,
    });
    expect(t.extension).toEqual({
      kind: 'decided',
      approved: true,
      decidedById: dispatcher.cadreId,
      note: null,
    });
    expect(t.notify).toEqual([finder.cadreId, groupMate.cadreId]);
    expect(t.notifyDispatchRoom).toBe(false);
  });

  it('refused: nothing changes, the reason is required', () => {
    expect(
      fieldErrors(
        decide(fixtures.ip_self_pending, { move: 'decide_extension', approve: false }, dispatcher, ctx),
      ),
    ).toEqual(['note: required']);
    const t = accept(
      decide(
        fixtures.ip_self_pending,
        { move: 'decide_extension', approve: false, note: 'Push the grid company.' },
        dispatcher,
        ctx,
      ),
    );
    expect(t.next).toBe(fixtures.ip_self_pending.state);
    expect(t.event).toBeNull();
    expect(t.extension).toEqual({
      kind: 'decided',
      approved: false,
      decidedById: dispatcher.cadreId,
      note: 'Push the grid company.',
    });
  });

  it('the requester is told even when a head asked for the owner', () => {
    const byHead = snapshot({}, groupMate, {
      pendingExtension: { requestedById: headG1.cadreId, requestedDue: '2025-06-17' },
    });
    const t = accept(decide(byHead, { move: 'decide_extension', approve: true }, dispatcher, ctx));
    expect(t.notify).toEqual([finder.cadreId, groupMate.cadreId, headG1.cadreId]);
  });

  it('a date that has passed while waiting cannot be approved', () => {
    const stale = snapshot({ dueDate: '2025-05-20' }, groupMate, {
      pendingExtension: { requestedById: groupMate.cadreId, requestedDue: '2025-05-30' },
    });
    expect(fieldErrors(decide(stale, { move: 'decide_extension', approve: true }, dispatcher, ctx))).toEqual([
      'dueDate: in_past',
    ]);
    expect(
      decide(stale, { move: 'decide_extension', approve: false, note: 'Too late.' }, dispatcher, ctx).ok,
    ).toBe(true);
  });
});
