import type { Actor } from '../org/people.ts';
import { isMoveAvailable } from './availability.ts';
import { mayMake } from './permissions.ts';
import type { IssueSnapshot } from './state.ts';
import { MOVES, type Move } from './vocabulary.ts';

/**
 * The moves to offer this actor as buttons on the issue's card (`null`: the ways to raise a new one).
 * A move listed here may still be refused for its fields (a missing reason), never for who or when.
 */
export function allowedMoves(issue: IssueSnapshot | null, actor: Actor): Move[] {
  return MOVES.filter((move) => isMoveAvailable(issue, move) && mayMake(issue, move, actor));
}
