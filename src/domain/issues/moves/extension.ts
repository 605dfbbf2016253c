import { AppError } from '../../errors.ts';
import type { Actor } from '../../org/people.ts';
import type { CommandFor } from '../commands.ts';
import { FieldCheck } from '../fields.ts';
import { accepted, changeIssue, notifyOf, rejected } from '../outcome.ts';
import type { DecideContext, IssueSnapshot } from '../state.ts';
import type { Decision } from '../transition.ts';

// An extension request changes nothing on the issue until dispatch approves it, so the request and a
// refusal are extension_requests rows, not history rows; an approval is an `extend` history row.

export function requestExtension(
  issue: IssueSnapshot,
  command: CommandFor<'request_extension'>,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  const check = new FieldCheck();
  const reason = check.required('reason', command.reason);
  const current = issue.state.dueDate;
  if (
    check.dateFrom('dueDate', command.dueDate, ctx.today) &&
    current !== null &&
    command.dueDate <= current
  ) {
    check.fail('dueDate', 'not_later', { current });
  }
  if (!check.ok) return rejected(check);
  const { finderId, ownerId } = issue.state;
  return accepted({
    move: 'request_extension',
    next: issue.state,
    event: null,
    notify: notifyOf(actor, finderId, ownerId),
    notifyDispatchRoom: true,
    extension: { kind: 'requested', requestedById: actor.cadreId, dueDate: command.dueDate, reason },
  });
}

/** An approved date already past is refused: dispatch should refuse the request instead. */
export function decideExtension(
  issue: IssueSnapshot,
  command: CommandFor<'decide_extension'>,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  const pending = issue.pendingExtension;
  if (pending === null)
    return { ok: false, error: new AppError('invalid_transition', 'no extension request pending') };
  const check = new FieldCheck();
  const note = command.approve ? check.optional('note', command.note) : check.required('note', command.note);
  if (command.approve) check.dateFrom('dueDate', pending.requestedDue, ctx.today);
  if (!check.ok) return rejected(check);

  const { finderId, ownerId } = issue.state;
  const extension = { kind: 'decided', approved: command.approve, decidedById: actor.cadreId, note } as const;
  const notify = notifyOf(actor, finderId, ownerId, pending.requestedById);
  if (!command.approve) {
    return accepted({
      move: 'decide_extension',
      next: issue.state,
      event: null,
      notify,
      notifyDispatchRoom: false,
      extension,
    });
  }
  return accepted(
    changeIssue(issue, actor, 'extend', { dueDate: pending.requestedDue }, note, { notify, extension }),
  );
}
