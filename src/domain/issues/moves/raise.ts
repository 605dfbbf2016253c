import type { Actor } from '../../org/people.ts';
import { placeOnServiceLine } from '../assignment.ts';
import type { CommandFor, IssueDetailsInput } from '../commands.ts';
import { FieldCheck, LIMITS } from '../fields.ts';
import { accepted, historyRow, notifyOf, rejected } from '../outcome.ts';
import type { DecideContext, IssueState } from '../state.ts';
import type { Decision, IssueDetails } from '../transition.ts';
import { ISSUE_CATEGORIES, URGENCIES } from '../vocabulary.ts';

type RaiseCommand = CommandFor<'resolve_on_spot' | 'keep' | 'hand_to_dispatch'>;

/** The three "(new)" rows: the actor raises the issue and becomes its finder. */
export function raise(command: RaiseCommand, actor: Actor, ctx: DecideContext): Decision {
  const check = new FieldCheck();
  const details = checkDetails(check, command.details);
  const base = {
    urgency: details.urgency,
    finderId: actor.cadreId,
    resolvedOnSpot: false,
    duplicateOfId: null,
  } as const;
  const finderUnit = actor.groupIds[0] ?? actor.teamIds[0] ?? null;

  let next: IssueState;
  let comment: string | null;
  switch (command.move) {
    case 'resolve_on_spot':
      comment = check.required('note', command.note);
      next = {
        ...base,
        status: 'resolved',
        level: 'self',
        ownerId: actor.cadreId,
        ownerUnitId: finderUnit,
        dueDate: null,
        resolvedOnSpot: true,
      };
      break;
    case 'keep': {
      comment = null;
      const placement = placeOnServiceLine(actor.cadreId, actor, command.assignee);
      if (!placement) check.fail('assignee', 'outside_unit');
      if (!check.ok || !placement) return rejected(check);
      next = {
        ...base,
        status: 'in_progress',
        ...placement,
        ownerId: command.assignee.cadreId,
        dueDate: ctx.dueDateFor(placement.level, details.urgency, ctx.today),
      };
      break;
    }
    case 'hand_to_dispatch':
      comment = check.required('reason', command.reason);
      next = {
        ...base,
        status: 'awaiting_dispatch',
        level: 'self',
        ownerId: null,
        ownerUnitId: null,
        dueDate: null,
      };
      break;
  }
  if (!check.ok) return rejected(check);
  return accepted({
    move: command.move,
    next,
    event: historyRow(command.move, actor, null, next, comment),
    notify: notifyOf(actor, next.ownerId),
    notifyDispatchRoom: next.status === 'awaiting_dispatch',
    details,
  });
}

function checkDetails(check: FieldCheck, input: IssueDetailsInput | undefined): IssueDetails {
  const title = check.required('title', input?.title, LIMITS.title);
  const description = check.optional('description', input?.description) ?? '';
  const category = input?.category;
  const urgency = input?.urgency;
  const categoryOk = check.oneOf('category', category, ISSUE_CATEGORIES);
  const urgencyOk = check.oneOf('urgency', urgency, URGENCIES);
  // On failure the values are never used: `raise` returns the errors first.
  return {
    title,
    description,
    category: categoryOk ? category : 'other',
    urgency: urgencyOk ? urgency : 'normal',
  };
}
