import { AppError } from '../errors.ts';
import type { Actor, CadreId } from '../org/people.ts';
import type { FieldCheck } from './fields.ts';
import type { IssueSnapshot, IssueState } from './state.ts';
import type { Decision, HistoryEvent, Transition } from './transition.ts';
import type { HistoryMove } from './vocabulary.ts';

export function accepted(transition: Transition): Decision {
  return { ok: true, transition };
}

export function rejected(check: FieldCheck): Decision {
  return { ok: false, error: AppError.validation(check.errors) };
}

/** "The finder and the owner are told of every move that they did not make themselves." */
export function notifyOf(actor: Actor, ...people: readonly (CadreId | null)[]): CadreId[] {
  const ids: CadreId[] = [];
  for (const id of people) {
    if (id !== null && id !== actor.cadreId && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

export function historyRow(
  move: HistoryMove,
  actor: Actor,
  before: IssueState | null,
  after: IssueState,
  comment: string | null,
): HistoryEvent {
  return {
    move,
    actorId: actor.cadreId,
    from: before?.status ?? null,
    to: after.status,
    comment,
    ownerBefore: before?.ownerId ?? null,
    ownerAfter: after.ownerId,
    levelBefore: before?.level ?? null,
    levelAfter: after.level,
    dueBefore: before?.dueDate ?? null,
    dueAfter: after.dueDate,
  };
}

type Extras = Omit<Partial<Transition>, 'move' | 'next' | 'event'>;

/**
 * A move on an existing issue: the next state, its history row and who to tell (finder, owner before
 * and owner after). Entering the dispatch room's queue alerts the dispatch room. History says `extend`
 * for the one change that is not a move of its own name: an approved extension.
 */
export function changeIssue(
  issue: IssueSnapshot,
  actor: Actor,
  move: HistoryMove,
  changes: Partial<IssueState>,
  comment: string | null,
  extras: Extras = {},
): Transition {
  const before = issue.state;
  const next: IssueState = { ...before, ...changes };
  return {
    move: move === 'extend' ? 'decide_extension' : move,
    next,
    event: historyRow(move, actor, before, next, comment),
    notify: notifyOf(actor, before.finderId, before.ownerId, next.ownerId),
    notifyDispatchRoom: next.status === 'awaiting_dispatch' && before.status !== 'awaiting_dispatch',
    ...extras,
  };
}
