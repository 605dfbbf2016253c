// The modal of each move that needs words or choices (domain.md: a reason, a note, a plan, feedback).
// Block ids are the domain's field names, so `AppError.validation` fields map straight onto them.
import type { KnownBlock, ModalView } from '@slack/types';
import {
  FEEDBACK_VERDICTS,
  type FeedbackVerdict,
  LIMITS,
  type Move,
  WITHDRAW_REASONS,
} from '../../../domain/issues/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import { encodeMoveMeta, ISSUE_VIEWS, PLAN_ROWS, planBlock } from '../../ids/issue-views.ts';
import { escapeMrkdwn } from '../escape.ts';
import {
  context,
  datepicker,
  input,
  modal,
  option,
  radios,
  section,
  textInput,
  usersSelect,
} from './blocks.ts';
import { type RouteModalData, routeBlocks } from './route-modal.ts';

export interface MoveModalData {
  issueId: number;
  title: string;
  move: Move;
  urgency: 'normal' | 'urgent';
  /** The present due date (the extension modal says it). */
  dueDate: string | null;
  /** The request to decide on. */
  pending?: { requesterName: string; requestedDue: string; reason: string } | null;
  route?: RouteModalData;
}

const long = () => textInput({ multiline: true, max: LIMITS.text });

function fields(locale: Locale, d: MoveModalData): KnownBlock[] {
  const label = (key: Parameters<typeof t>[1]) => t(locale, key);
  switch (d.move) {
    case 'hand_to_dispatch':
    case 'return_misrouted':
      return [input('reason', label('issue.form.reason'), long())];
    case 'resume':
      return [input('comment', label('issue.form.comment'), long())];
    case 'resolve':
      return [input('note', label('issue.form.resolution_note'), long())];
    case 'defer':
      return deferFields(locale);
    case 'close_out':
    case 'reopen':
      return feedbackFields(locale, d.move === 'reopen' ? 'dissatisfied' : undefined);
    case 'withdraw': {
      const reasons = WITHDRAW_REASONS.map((r) => option(t(locale, `issue.withdraw_reason.${r}`), r));
      return [
        input('reason', label('issue.form.withdraw_reason'), radios(reasons)),
        input(
          'duplicateOfId',
          label('issue.form.original'),
          { type: 'number_input', is_decimal_allowed: false, min_value: '1' },
          { optional: true },
        ),
        input('comment', label('issue.form.comment'), long()),
      ];
    }
    case 'reassign':
      return [
        input('assignee', label('issue.form.new_owner'), usersSelect()),
        input('comment', label('issue.form.comment_optional'), long(), { optional: true }),
      ];
    case 'request_extension':
      return [
        input('dueDate', label('issue.form.extension_due'), datepicker(), {
          hint: d.dueDate ? t(locale, 'issue.form.extension_current', { date: d.dueDate }) : undefined,
        }),
        input('reason', label('issue.form.reason'), long()),
      ];
    case 'decide_extension':
      return decideFields(locale, d);
    case 'route':
      return routeBlocks(locale, d.route ?? { functionGroups: [] });
    case 'resolve_on_spot':
    case 'keep':
      return [];
  }
}

function deferFields(locale: Locale): KnownBlock[] {
  const blocks: KnownBlock[] = [
    input('explanation', t(locale, 'issue.form.explanation'), long()),
    context(t(locale, 'issue.form.plan_hint')),
  ];
  for (let i = 0; i < PLAN_ROWS; i++) {
    const n = i + 1;
    blocks.push(
      input(
        planBlock(i, 'description'),
        t(locale, 'issue.form.plan_step', { n }),
        textInput({ max: LIMITS.planStep }),
        {
          optional: true,
        },
      ),
      input(planBlock(i, 'dueDate'), t(locale, 'issue.form.plan_step_date', { n }), datepicker(), {
        optional: true,
      }),
    );
  }
  return blocks;
}

function feedbackFields(locale: Locale, preset: FeedbackVerdict | undefined): KnownBlock[] {
  const verdicts = FEEDBACK_VERDICTS.map((v) => option(t(locale, `issue.verdict.${v}`), v));
  return [
    input(
      'verdict',
      t(locale, 'issue.form.verdict'),
      radios(
        verdicts,
        verdicts.find((o) => o.value === preset),
      ),
    ),
    input('comment', t(locale, 'issue.form.feedback_comment'), long(), { optional: true }),
  ];
}

function decideFields(locale: Locale, d: MoveModalData): KnownBlock[] {
  const decisions = [
    option(t(locale, 'issue.form.decision_approve'), 'approve'),
    option(t(locale, 'issue.form.decision_refuse'), 'refuse'),
  ];
  const summary = d.pending
    ? [
        section(
          t(locale, 'issue.form.extension_request', {
            person: escapeMrkdwn(d.pending.requesterName),
            date: d.pending.requestedDue,
            reason: escapeMrkdwn(d.pending.reason),
          }),
        ),
      ]
    : [];
  return [
    ...summary,
    input('decision', t(locale, 'issue.form.decision'), radios(decisions)),
    input('note', t(locale, 'issue.form.decision_note'), long(), { optional: true }),
  ];
}

type ModalMove = Exclude<Move, 'resolve_on_spot' | 'keep' | 'reopen'>;

/** A dissatisfied verdict is recorded in the feedback modal; the creation moves have the raise modal. */
function titleOf(move: Move): ModalMove {
  return move === 'reopen' || move === 'resolve_on_spot' || move === 'keep' ? 'close_out' : move;
}

export function moveModal(locale: Locale, d: MoveModalData): ModalView {
  return modal(locale, {
    callbackId: ISSUE_VIEWS.move,
    title: t(locale, `issue.form.title.${titleOf(d.move)}`),
    metadata: encodeMoveMeta({ issueId: d.issueId, move: d.move, urgency: d.urgency }),
    blocks: [
      section(`*${escapeMrkdwn(t(locale, 'issue.form.about', { id: d.issueId, title: d.title }))}*`),
      ...fields(locale, d),
    ],
  });
}
