import type { Actor } from '../../org/people.ts';
import { placeReassigned, placeRouted } from '../assignment.ts';
import type { CommandFor } from '../commands.ts';
import { FieldCheck } from '../fields.ts';
import { accepted, changeIssue, rejected } from '../outcome.ts';
import type { DecideContext, IssueSnapshot } from '../state.ts';
import type { Decision } from '../transition.ts';

// Moves that change who holds the issue. While it waits for dispatch nobody owns it and no date runs:
// the clock restarts when it is routed. Its level stays where it was handed up from until then.

const QUEUED = { status: 'awaiting_dispatch', ownerId: null, ownerUnitId: null, dueDate: null } as const;

/** 问题不落空: the owner hands up what their level cannot solve. */
export function handToDispatch(
  issue: IssueSnapshot,
  command: CommandFor<'hand_to_dispatch'>,
  actor: Actor,
): Decision {
  const check = new FieldCheck();
  const reason = check.required('reason', command.reason);
  if (!check.ok) return rejected(check);
  return accepted(changeIssue(issue, actor, 'hand_to_dispatch', QUEUED, reason));
}

/** A function group (or dispatch) sends a wrongly routed issue back to the queue (退回). */
export function returnMisrouted(
  issue: IssueSnapshot,
  command: CommandFor<'return_misrouted'>,
  actor: Actor,
): Decision {
  const check = new FieldCheck();
  const reason = check.required('reason', command.reason);
  if (!check.ok) return rejected(check);
  return accepted(changeIssue(issue, actor, 'return_misrouted', QUEUED, reason));
}

export function route(
  issue: IssueSnapshot,
  command: CommandFor<'route'>,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  const check = new FieldCheck();
  const comment = check.optional('comment', command.comment);
  const placement = placeRouted(command.target, command.assignee, check);
  const fixedDue = command.dueDate;
  if (fixedDue !== undefined) check.dateFrom('dueDate', fixedDue, ctx.today);
  if (!check.ok || !placement) return rejected(check);
  const dueDate = fixedDue ?? ctx.dueDateFor(placement.level, issue.state.urgency, ctx.today);
  return accepted(
    changeIssue(
      issue,
      actor,
      'route',
      { status: 'in_progress', ...placement, ownerId: command.assignee.cadreId, dueDate },
      comment,
    ),
  );
}

/** A new owner within the same status and level family; the deadline runs on unchanged. */
export function reassign(issue: IssueSnapshot, command: CommandFor<'reassign'>, actor: Actor): Decision {
  const check = new FieldCheck();
  const comment = check.optional('comment', command.comment);
  const placement = placeReassigned(issue, actor, command.assignee, check);
  if (!check.ok || !placement) return rejected(check);
  return accepted(
    changeIssue(issue, actor, 'reassign', { ...placement, ownerId: command.assignee.cadreId }, comment),
  );
}
