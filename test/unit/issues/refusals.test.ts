import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors.ts';
import { decide } from '../../../src/domain/issues/index.ts';
import { cast } from './cast.ts';
import { ctx, fixtures } from './fixtures.ts';
import { refusal } from './outcome.ts';

describe('refusals', () => {
  it('a move the state does not allow is invalid_transition, with i18n parameters', () => {
    const error = refusal(decide(fixtures.closed, { move: 'resolve', note: 'x' }, cast.groupMate, ctx));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('invalid_transition');
    expect(error.messageKey).toBe('errors.invalid_transition');
    expect(error.params).toEqual({ move: 'resolve', status: 'closed', level: 'self' });
  });

  it('a move on "(new)" that is not a creation move is invalid_transition', () => {
    const error = refusal(decide(null, { move: 'resolve', note: 'x' }, cast.finder, ctx));
    expect(error.code).toBe('invalid_transition');
    expect(error.params).toMatchObject({ status: 'new', level: 'none' });
  });

  it('the state is checked before the actor, and the actor before the fields', () => {
    expect(refusal(decide(fixtures.closed, { move: 'resolve', note: '' }, cast.stranger, ctx)).code).toBe(
      'invalid_transition',
    );
    expect(refusal(decide(fixtures.ip_self, { move: 'resolve', note: '' }, cast.stranger, ctx)).code).toBe(
      'forbidden',
    );
    expect(refusal(decide(fixtures.ip_self, { move: 'resolve', note: '' }, cast.groupMate, ctx)).code).toBe(
      'validation',
    );
  });

  it('forbidden names the move for the message', () => {
    const error = refusal(decide(fixtures.ip_self, { move: 'resolve', note: 'x' }, cast.observer, ctx));
    expect(error.messageKey).toBe('errors.forbidden');
    expect(error.params).toEqual({ move: 'resolve', status: 'in_progress', level: 'self' });
    expect(error.message).toContain(String(cast.observer.cadreId));
  });
});
