// One problem found at the visit: a heading with a remove button, then its fields. Every block id
// carries the problem's slot (src/slack/ids/visit.ts).
import type { KnownBlock } from '@slack/types';
import { ISSUE_CATEGORIES, URGENCIES } from '../../../domain/issues/index.ts';
import { VISIT_ISSUE_OUTCOMES, VISIT_LIMITS } from '../../../domain/visits/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import { issueBlockId, VISIT_ACTIONS } from '../../ids/visit.ts';
import { choiceOf, input, mrkdwn, option, plain, textInput } from './blocks.ts';
import type { IssueFormValues } from './form.ts';

export function issueBlocks(locale: Locale, issue: IssueFormValues, position: number): KnownBlock[] {
  const id = (field: Parameters<typeof issueBlockId>[1]) => issueBlockId(issue.slot, field);
  const categories = ISSUE_CATEGORIES.map((c) => option(t(locale, `visit.issue.category.${c}`), c));
  const urgencies = URGENCIES.map((u) => option(t(locale, `visit.issue.urgency.${u}`), u));
  const outcomes = VISIT_ISSUE_OUTCOMES.map((o) => option(t(locale, `visit.issue.outcome.${o}`), o));
  return [
    {
      type: 'section',
      block_id: id('head'),
      text: mrkdwn(t(locale, 'visit.issue.heading', { n: position })),
      accessory: {
        type: 'button',
        action_id: VISIT_ACTIONS.removeIssue,
        value: String(issue.slot),
        text: plain(t(locale, 'visit.issue.remove'), 75),
      },
    },
    input(
      id('title'),
      t(locale, 'visit.issue.title'),
      textInput({ max: VISIT_LIMITS.issueTitle, initial: issue.title }),
    ),
    input(
      id('category'),
      t(locale, 'visit.issue.category'),
      choiceOf('static_select', categories, issue.category),
    ),
    input(
      id('urgency'),
      t(locale, 'visit.issue.urgency'),
      choiceOf('radio_buttons', urgencies, issue.urgency),
    ),
    input(
      id('description'),
      t(locale, 'visit.issue.description'),
      textInput({ multiline: true, max: VISIT_LIMITS.issueText, initial: issue.description }),
      { optional: true },
    ),
    input(
      id('outcome'),
      t(locale, 'visit.issue.outcome'),
      choiceOf('radio_buttons', outcomes, issue.outcome),
    ),
    input(
      id('note'),
      t(locale, 'visit.issue.note'),
      textInput({ multiline: true, max: VISIT_LIMITS.issueText, initial: issue.note }),
      { optional: true, hint: t(locale, 'visit.issue.note.hint') },
    ),
  ];
}
