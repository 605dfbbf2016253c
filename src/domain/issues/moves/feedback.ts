import type { Actor } from '../../org/people.ts';
import type { CommandFor } from '../commands.ts';
import { FieldCheck } from '../fields.ts';
import { accepted, changeIssue, rejected } from '../outcome.ts';
import type { DecideContext, IssueSnapshot } from '../state.ts';
import type { Decision } from '../transition.ts';
import { FEEDBACK_VERDICTS, type FeedbackVerdict } from '../vocabulary.ts';
import { backToWork } from './progress.ts';

const CLOSING_VERDICTS: readonly FeedbackVerdict[] = ['satisfied', 'basically_satisfied'];

/** Which move records this verdict: a dissatisfied enterprise reopens the issue instead of closing it. */
export function moveForVerdict(verdict: FeedbackVerdict): 'close_out' | 'reopen' {
  return CLOSING_VERDICTS.includes(verdict) ? 'close_out' : 'reopen';
}

/** 问题不留根: closed out (销号) only once the enterprise is content. */
export function closeOut(issue: IssueSnapshot, command: CommandFor<'close_out'>, actor: Actor): Decision {
  const check = new FieldCheck();
  const comment = check.optional('comment', command.comment);
  if (
    check.oneOf('verdict', command.verdict, FEEDBACK_VERDICTS) &&
    !CLOSING_VERDICTS.includes(command.verdict)
  ) {
    check.fail('verdict', 'not_allowed', { verdict: command.verdict });
  }
  if (!check.ok) return rejected(check);
  return accepted(
    changeIssue(issue, actor, 'close_out', { status: 'closed', dueDate: null }, comment, {
      feedback: { verdict: command.verdict, comment, recordedById: actor.cadreId },
    }),
  );
}

/** The enterprise is dissatisfied: the same owner works on, against a fresh deadline. */
export function reopen(
  issue: IssueSnapshot,
  command: CommandFor<'reopen'>,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  return backToWork(issue, 'reopen', command.comment, actor, ctx, (comment) => ({
    feedback: { verdict: 'dissatisfied', comment, recordedById: actor.cadreId },
  }));
}
