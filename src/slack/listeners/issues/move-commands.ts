// A submitted move modal → the domain's MoveCommand. Text goes through untrimmed and unchecked: the
// domain validates it. What only Slack knows is checked here: a choice left empty, a picked person
// who is not in the directory. `blockOf` maps the domain's field names back to the modal's blocks.
import { AppError, type FieldError } from '../../../domain/errors.ts';
import {
  FEEDBACK_VERDICTS,
  type FeedbackVerdict,
  type Move,
  type MoveCommand,
  moveForVerdict,
  type PlanStepInput,
  type RouteTarget,
  type WithdrawReason,
} from '../../../domain/issues/index.ts';
import type { Member } from '../../../domain/org/people.ts';
import type { RouteChoice } from '../../../services/issue-views.ts';
import { PLAN_ROWS, planBlock, routeDueBlock, routeOwnerBlock } from '../../ids/issue-views.ts';
import { parseRouteTarget } from '../../views/issues/route-modal.ts';
import type { ViewState } from './view-state.ts';

export interface MoveLookups {
  memberOf(cadreId: number): Promise<Member | null>;
  memberBySlackUser(slackUserId: string): Promise<Member | null>;
  routeTarget(choice: RouteChoice): Promise<RouteTarget | null>;
}

export interface BuiltMove {
  command: MoveCommand;
  /** The block holding a field the domain names, or null for the modal's first input. */
  blockOf(field: string): string | null;
}

const same = (field: string) => field;

function refuse(errors: FieldError[]): never {
  throw AppError.validation(errors);
}

async function person(lookups: MoveLookups, slackUserId: string | null): Promise<Member> {
  if (slackUserId === null) refuse([{ field: 'assignee', rule: 'required' }]);
  const member = await lookups.memberBySlackUser(slackUserId);
  return member ?? refuse([{ field: 'assignee', rule: 'not_found' }]);
}

function deferCommand(s: ViewState): BuiltMove {
  const plan: PlanStepInput[] = [];
  const rowOf: number[] = [];
  for (let i = 0; i < PLAN_ROWS; i++) {
    const description = s.text(planBlock(i, 'description'));
    const dueDate = s.date(planBlock(i, 'dueDate'));
    if (description.trim() === '' && dueDate === null) continue;
    plan.push({ description, dueDate: dueDate ?? '' });
    rowOf.push(i);
  }
  return {
    command: { move: 'defer', explanation: s.text('explanation'), plan },
    blockOf(field) {
      if (field === 'plan') return planBlock(0, 'description');
      const m = /^plan\.(\d+)\.(description|dueDate)$/.exec(field);
      if (m) return planBlock(rowOf[Number(m[1])] ?? 0, m[2] as 'description' | 'dueDate');
      return field;
    },
  };
}

function feedbackCommand(s: ViewState): BuiltMove {
  const verdict = s.choice('verdict');
  if (verdict === null) refuse([{ field: 'verdict', rule: 'required' }]);
  if (!(FEEDBACK_VERDICTS as readonly string[]).includes(verdict))
    refuse([{ field: 'verdict', rule: 'not_allowed' }]);
  const v = verdict as FeedbackVerdict;
  const comment = s.text('comment');
  const command: MoveCommand =
    moveForVerdict(v) === 'close_out'
      ? { move: 'close_out', verdict: v, comment }
      : { move: 'reopen', comment };
  return { command, blockOf: same };
}

function withdrawCommand(s: ViewState): BuiltMove {
  const raw = s.text('duplicateOfId').trim();
  if (raw !== '' && !/^\d+$/.test(raw)) refuse([{ field: 'duplicateOfId', rule: 'not_allowed' }]);
  return {
    command: {
      move: 'withdraw',
      reason: (s.choice('reason') ?? '') as WithdrawReason,
      comment: s.text('comment'),
      ...(raw === '' ? {} : { duplicateOfId: Number(raw) }),
    },
    blockOf: same,
  };
}

async function routeCommand(s: ViewState, lookups: MoveLookups): Promise<BuiltMove> {
  const value = s.choice('target');
  const choice = parseRouteTarget(value);
  if (value === null || choice === null) refuse([{ field: 'target', rule: 'required' }]);
  const target = (await lookups.routeTarget(choice)) ?? refuse([{ field: 'target', rule: 'not_allowed' }]);
  const ownerBlock = routeOwnerBlock(value);
  const dueBlock = routeDueBlock(value);
  const picked = s.choice(ownerBlock);
  if (picked === null)
    refuse([{ field: s.blockIds().includes(ownerBlock) ? ownerBlock : 'target', rule: 'required' }]);
  const assignee =
    (await lookups.memberOf(Number(picked))) ?? refuse([{ field: ownerBlock, rule: 'not_found' }]);
  const dueDate = s.date(dueBlock);
  return {
    command: { move: 'route', target, assignee, comment: s.text('comment'), ...(dueDate ? { dueDate } : {}) },
    blockOf: (field) => (field === 'assignee' ? ownerBlock : field === 'dueDate' ? dueBlock : field),
  };
}

export async function buildMoveCommand(move: Move, s: ViewState, lookups: MoveLookups): Promise<BuiltMove> {
  switch (move) {
    case 'hand_to_dispatch':
    case 'return_misrouted':
      return { command: { move, reason: s.text('reason') }, blockOf: same };
    case 'resume':
      return { command: { move, comment: s.text('comment') }, blockOf: same };
    case 'resolve':
      return { command: { move, note: s.text('note') }, blockOf: same };
    case 'defer':
      return deferCommand(s);
    case 'close_out':
    case 'reopen':
      return feedbackCommand(s);
    case 'withdraw':
      return withdrawCommand(s);
    case 'reassign':
      return {
        command: { move, assignee: await person(lookups, s.user('assignee')), comment: s.text('comment') },
        blockOf: same,
      };
    case 'request_extension':
      return {
        command: { move, dueDate: s.date('dueDate') ?? '', reason: s.text('reason') },
        blockOf: same,
      };
    case 'decide_extension': {
      const decision = s.choice('decision');
      if (decision === null) refuse([{ field: 'decision', rule: 'required' }]);
      return {
        command: { move, approve: decision === 'approve', note: s.text('note') },
        // An approval of a date gone by: the request is what is at fault, shown by the decision.
        blockOf: (field) => (field === 'dueDate' ? 'decision' : field),
      };
    }
    case 'route':
      return routeCommand(s, lookups);
    case 'resolve_on_spot':
    case 'keep':
      // Only the raise modal creates issues.
      throw new AppError('invalid_transition', `${move} is not a move on an existing issue`);
  }
}
