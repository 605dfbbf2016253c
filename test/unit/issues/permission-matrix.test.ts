import { describe, expect, it } from 'vitest';
import { allowedMoves, decide, MOVES, type Move } from '../../../src/domain/issues/index.ts';
import { CAST_NAMES, cast } from './cast.ts';
import { validCommand } from './commands.ts';
import { expected, INVALID } from './expected-permissions.ts';
import { ctx, FIXTURE_NAMES, fixtures } from './fixtures.ts';

type Outcome = 'allowed' | 'forbidden' | 'invalid_transition';

function expectedOutcome(fixture: keyof typeof fixtures, move: Move, actor: keyof typeof cast): Outcome {
  const rule = expected[fixture][move];
  if (rule === INVALID) return 'invalid_transition';
  return rule.includes(actor) ? 'allowed' : 'forbidden';
}

const combinations = FIXTURE_NAMES.flatMap((fixture) =>
  MOVES.flatMap((move) => CAST_NAMES.map((actor) => ({ fixture, move, actor }))),
);

describe('every (state, move, actor) against the written table', () => {
  it('covers every state, move and actor', () => {
    expect(combinations).toHaveLength(FIXTURE_NAMES.length * MOVES.length * CAST_NAMES.length);
  });

  it.each(combinations)('$fixture · $move · $actor', ({ fixture, move, actor }) => {
    const decision = decide(fixtures[fixture], validCommand(fixture, move, cast[actor]), cast[actor], ctx);
    const outcome: Outcome = decision.ok ? 'allowed' : (decision.error.code as Outcome);
    if (!decision.ok && decision.error.code === 'validation') {
      throw new Error(`valid command refused: ${JSON.stringify(decision.error.fields)}`);
    }
    expect(outcome).toBe(expectedOutcome(fixture, move, actor));
  });
});

describe('allowedMoves shows exactly the buttons the table allows', () => {
  const pairs = FIXTURE_NAMES.flatMap((fixture) => CAST_NAMES.map((actor) => ({ fixture, actor })));
  it.each(pairs)('$fixture · $actor', ({ fixture, actor }) => {
    const want = MOVES.filter((move) => expectedOutcome(fixture, move, actor) === 'allowed');
    expect(allowedMoves(fixtures[fixture], cast[actor])).toEqual(want);
  });
});
