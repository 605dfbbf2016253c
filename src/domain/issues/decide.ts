import { AppError } from '../errors.ts';
import type { Actor } from '../org/people.ts';
import { isMoveAvailable } from './availability.ts';
import type { MoveCommand } from './commands.ts';
import { decideExtension, requestExtension } from './moves/extension.ts';
import { closeOut, reopen } from './moves/feedback.ts';
import { handToDispatch, reassign, returnMisrouted, route } from './moves/ownership.ts';
import { defer, resolve, resume } from './moves/progress.ts';
import { raise } from './moves/raise.ts';
import { withdraw } from './moves/withdraw.ts';
import { mayMake } from './permissions.ts';
import type { DecideContext, IssueSnapshot } from './state.ts';
import type { Decision } from './transition.ts';
import type { Move } from './vocabulary.ts';

/**
 * The issue state machine: whether `actor` may make `command` on `issue` (`null` to raise a new one)
 * and, if so, the next state with its history row and who to tell. Refusals come in this order:
 * `invalid_transition` (the issue's state does not allow the move), `forbidden` (not this actor),
 * `validation` (every field at fault). Pure: the caller persists the transition.
 */
export function decide(
  issue: IssueSnapshot | null,
  command: MoveCommand,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  const { move } = command;
  if (!isMoveAvailable(issue, move)) return refuse('invalid_transition', issue, move, actor);
  if (!mayMake(issue, move, actor)) return refuse('forbidden', issue, move, actor);

  if (issue === null) {
    switch (command.move) {
      case 'resolve_on_spot':
      case 'keep':
      case 'hand_to_dispatch':
        return raise(command, actor, ctx);
      default:
        return refuse('invalid_transition', issue, move, actor);
    }
  }
  switch (command.move) {
    case 'resolve_on_spot':
    case 'keep':
      return refuse('invalid_transition', issue, move, actor);
    case 'hand_to_dispatch':
      return handToDispatch(issue, command, actor);
    case 'route':
      return route(issue, command, actor, ctx);
    case 'return_misrouted':
      return returnMisrouted(issue, command, actor);
    case 'defer':
      return defer(issue, command, actor, ctx);
    case 'resume':
      return resume(issue, command, actor, ctx);
    case 'resolve':
      return resolve(issue, command, actor);
    case 'close_out':
      return closeOut(issue, command, actor);
    case 'reopen':
      return reopen(issue, command, actor, ctx);
    case 'withdraw':
      return withdraw(issue, command, actor);
    case 'reassign':
      return reassign(issue, command, actor);
    case 'request_extension':
      return requestExtension(issue, command, actor, ctx);
    case 'decide_extension':
      return decideExtension(issue, command, actor, ctx);
  }
}

function refuse(
  code: 'invalid_transition' | 'forbidden',
  issue: IssueSnapshot | null,
  move: Move,
  actor: Actor,
): Decision {
  const status = issue?.state.status ?? 'new';
  const params = { move, status, level: issue?.state.level ?? 'none' };
  const message =
    code === 'forbidden'
      ? `cadre ${actor.cadreId} may not ${move} issue ${issue?.id ?? '(new)'}`
      : `${move} is not a move from ${status} (issue ${issue?.id ?? '(new)'})`;
  return { ok: false, error: new AppError(code, message, { params }) };
}
