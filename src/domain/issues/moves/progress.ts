import type { Actor } from '../../org/people.ts';
import type { CommandFor, PlanStepInput } from '../commands.ts';
import { FieldCheck, LIMITS } from '../fields.ts';
import { accepted, changeIssue, rejected } from '../outcome.ts';
import type { DecideContext, IssueSnapshot } from '../state.ts';
import type { Decision, PlanStep } from '../transition.ts';

/**
 * 问题不搁置: the enterprise is told why, and a plan of dated steps is pushed step by step. The next
 * deadline is the first step's date. Steps may share a date (two things due the same day) but never go
 * back in time.
 */
export function defer(
  issue: IssueSnapshot,
  command: CommandFor<'defer'>,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  const check = new FieldCheck();
  const explanation = check.required('explanation', command.explanation);
  const plan = checkPlan(check, command.plan, ctx);
  const first = plan[0];
  if (!check.ok || !first) return rejected(check);
  return accepted(
    changeIssue(issue, actor, 'defer', { status: 'deferred', dueDate: first.dueDate }, explanation, {
      planSteps: plan,
    }),
  );
}

/**
 * Back to work with the comment required and a fresh deadline for the issue's level, counted from
 * today: conditions changed (resume), or the enterprise was dissatisfied (reopen, with its feedback).
 */
export function backToWork(
  issue: IssueSnapshot,
  move: 'resume' | 'reopen',
  rawComment: string,
  actor: Actor,
  ctx: DecideContext,
  extras: (comment: string) => Parameters<typeof changeIssue>[5] = () => ({}),
): Decision {
  const check = new FieldCheck();
  const comment = check.required('comment', rawComment);
  if (!check.ok) return rejected(check);
  const { level, urgency } = issue.state;
  return accepted(
    changeIssue(
      issue,
      actor,
      move,
      { status: 'in_progress', dueDate: ctx.dueDateFor(level, urgency, ctx.today) },
      comment,
      extras(comment),
    ),
  );
}

/** Conditions changed: back to work, with a fresh deadline for the issue's level. */
export function resume(
  issue: IssueSnapshot,
  command: CommandFor<'resume'>,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  return backToWork(issue, 'resume', command.comment, actor, ctx);
}

export function resolve(issue: IssueSnapshot, command: CommandFor<'resolve'>, actor: Actor): Decision {
  const check = new FieldCheck();
  const note = check.required('note', command.note);
  if (!check.ok) return rejected(check);
  return accepted(changeIssue(issue, actor, 'resolve', { status: 'resolved', dueDate: null }, note));
}

function checkPlan(check: FieldCheck, input: readonly PlanStepInput[], ctx: DecideContext): PlanStep[] {
  if (input.length === 0) {
    check.fail('plan', 'required');
    return [];
  }
  if (input.length > LIMITS.planSteps) {
    check.fail('plan', 'too_many', { max: LIMITS.planSteps });
    return [];
  }
  let previous: string | null = null;
  return input.map((step, index) => {
    const description = check.required(`plan.${index}.description`, step.description, LIMITS.planStep);
    const field = `plan.${index}.dueDate`;
    if (check.dateFrom(field, step.dueDate, ctx.today)) {
      if (previous !== null && step.dueDate < previous)
        check.fail(field, 'not_ascending', { after: previous });
      previous = step.dueDate;
    }
    return { seq: index + 1, description, dueDate: step.dueDate };
  });
}
