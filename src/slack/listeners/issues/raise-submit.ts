// The raise modal's Submit: one of domain.md's three "(new)" rows (resolved on the spot, kept at own
// level, handed to dispatch), raised once per submission key; the modal then says what happened.
import { AppError, type FieldError } from '../../../domain/errors.ts';
import {
  CREATION_MOVES,
  type CreationMove,
  type IssueCategory,
  type IssueDetailsInput,
  type MoveCommand,
  type Urgency,
} from '../../../domain/issues/index.ts';
import type { Actor } from '../../../domain/org/people.ts';
import type { IssueSubject } from '../../../persistence/issues/issue-repository.ts';
import type { SlackContext } from '../../context.ts';
import { ISSUE_VIEWS } from '../../ids/issue-views.ts';
import type { Routes } from '../../router.ts';
import { raisedModal } from '../../views/issues/info-modals.ts';
import { viewWithCaller } from '../../with-caller.ts';
import { type Ack, ackRefusal, moveLookups } from './move-submit.ts';
import { submissionKey } from './reply.ts';
import { readViewState, type ViewState } from './view-state.ts';

/** `enterprise:12` or `project:3`, as the subject typeahead's options carry them. */
export function parseSubject(value: string | null): { kind: 'enterprise' | 'project'; id: number } | null {
  const match = /^(enterprise|project):(\d+)$/.exec(value ?? '');
  return match ? { kind: match[1] as 'enterprise' | 'project', id: Number(match[2]) } : null;
}

interface Raise {
  outcome: CreationMove;
  subject: IssueSubject;
  command: MoveCommand;
}

async function readRaise(s: ViewState, ctx: SlackContext, actor: Actor): Promise<Raise> {
  const errors: FieldError[] = [];
  const subject = parseSubject(s.choice('subject'));
  if (!subject) errors.push({ field: 'subject', rule: 'required' });
  else if (!(await ctx.services.issueViews.subjectExists(subject)))
    errors.push({ field: 'subject', rule: 'not_found' });
  const outcome = s.choice('outcome') as CreationMove | null;
  if (!outcome || !CREATION_MOVES.includes(outcome)) errors.push({ field: 'outcome', rule: 'required' });

  const details: IssueDetailsInput = {
    title: s.text('title'),
    description: s.text('description'),
    // Left empty, the domain reports `required` against the field.
    category: (s.choice('category') ?? undefined) as IssueCategory,
    urgency: (s.choice('urgency') ?? undefined) as Urgency,
  };
  let command: MoveCommand | undefined;
  if (outcome === 'resolve_on_spot') command = { move: outcome, details, note: s.text('note') };
  else if (outcome === 'hand_to_dispatch') command = { move: outcome, details, reason: s.text('reason') };
  else if (outcome === 'keep') {
    const picked = s.user('assignee');
    const assignee = picked
      ? await moveLookups(ctx).memberBySlackUser(picked)
      : await ctx.services.org.memberOf(actor.cadreId);
    if (!assignee) errors.push({ field: 'assignee', rule: 'not_found' });
    else command = { move: outcome, details, assignee };
  }
  if (errors.length > 0 || !command || !subject || !outcome) throw AppError.validation(errors);
  const issueSubject: IssueSubject =
    subject.kind === 'enterprise' ? { enterpriseId: subject.id } : { projectId: subject.id };
  return { outcome, subject: issueSubject, command };
}

export function registerRaiseSubmit(app: Routes, ctx: SlackContext): void {
  const { services, logger } = ctx;

  app.view(
    ISSUE_VIEWS.raise,
    viewWithCaller(ctx, async ({ ack, view }, caller) => {
      const { locale } = caller;
      try {
        const raise = await readRaise(readViewState(view.state.values), ctx, caller.actor);
        const done = await services.issues.raise(caller.actor, {
          subject: raise.subject,
          command: raise.command,
          key: submissionKey(view),
        });
        await ack({ response_action: 'update', view: raisedModal(locale, done.issueId, raise.outcome) });
      } catch (error) {
        if (!(error instanceof AppError)) {
          logger.error({ err: error, userId: caller.slackUserId }, 'raising an issue failed');
        }
        await ackRefusal(ack as Ack, locale, view, error, (field) => field);
      }
    }),
  );
}
