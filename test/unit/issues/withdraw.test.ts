import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/issues/index.ts';
import { cast } from './cast.ts';
import { ctx, fixtures } from './fixtures.ts';
import { accept, fieldErrors } from './outcome.ts';

const { finder, groupMate, dispatcher } = cast;

describe('withdraw (any open → withdrawn)', () => {
  it('a duplicate points to the issue it repeats', () => {
    const t = accept(
      decide(
        fixtures.ip_self,
        { move: 'withdraw', reason: 'duplicate', comment: 'Same as #7.', duplicateOfId: 7 },
        dispatcher,
        ctx,
      ),
    );
    expect(t.next).toMatchObject({
      status: 'withdrawn',
      duplicateOfId: 7,
      dueDate: null,
      ownerId: groupMate.cadreId,
    });
    expect(t.withdrawal).toEqual({ reason: 'duplicate' });
    expect(t.event).toMatchObject({
      move: 'withdraw',
      from: 'in_progress',
      to: 'withdrawn',
      comment: 'Same as #7.',
    });
    expect(t.notify).toEqual([finder.cadreId, groupMate.cadreId]);
  });

  it('a duplicate of itself is refused', () => {
    const id = fixtures.ip_self.id;
    expect(
      fieldErrors(
        decide(
          fixtures.ip_self,
          { move: 'withdraw', reason: 'duplicate', comment: 'x', duplicateOfId: id },
          dispatcher,
          ctx,
        ),
      ),
    ).toEqual(['duplicateOfId: self_reference']);
  });

  it('a duplicate must name the original', () => {
    expect(
      fieldErrors(
        decide(fixtures.awaiting, { move: 'withdraw', reason: 'duplicate', comment: 'x' }, dispatcher, ctx),
      ),
    ).toEqual(['duplicateOfId: required']);
  });

  it('an invalid issue points nowhere, whatever was sent', () => {
    const t = accept(
      decide(
        fixtures.awaiting,
        { move: 'withdraw', reason: 'invalid', comment: 'Not a firm of ours.', duplicateOfId: 7 },
        dispatcher,
        ctx,
      ),
    );
    expect(t.next.duplicateOfId).toBeNull();
    expect(t.notifyDispatchRoom).toBe(false);
  });

  it('requires a reason kind and a comment', () => {
    expect(
      fieldErrors(
        decide(
          fixtures.ip_self,
          { move: 'withdraw', reason: 'bored' as never, comment: ' ' },
          dispatcher,
          ctx,
        ),
      ),
    ).toEqual(['comment: required', 'reason: not_allowed']);
  });

  it('works on a resolved issue that was never closed out', () => {
    expect(
      accept(
        decide(
          fixtures.resolved_self,
          { move: 'withdraw', reason: 'invalid', comment: 'x' },
          dispatcher,
          ctx,
        ),
      ).next.status,
    ).toBe('withdrawn');
  });
});
