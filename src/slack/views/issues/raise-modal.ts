// `/issue`: the modal that raises an issue outside a visit. It needs nothing from the database, so it
// opens at once. The three ways a new issue starts (domain.md's "(new)" rows) are one radio choice;
// the field each one needs is validated on submit by the domain.
import type { ModalView } from '@slack/types';
import { CREATION_MOVES, ISSUE_CATEGORIES, LIMITS, URGENCIES } from '../../../domain/issues/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import { ISSUE_FORM_ACTIONS, ISSUE_VIEWS } from '../../ids/issue-views.ts';
import { input, modal, option, plain, radios, staticSelect, textInput, usersSelect } from './blocks.ts';

export function raiseModal(locale: Locale, o: { slackUserId: string; title?: string }): ModalView {
  const categories = ISSUE_CATEGORIES.map((c) => option(t(locale, `issue.category.${c}`), c));
  const urgencies = URGENCIES.map((u) => option(t(locale, `issue.urgency.${u}`), u));
  const outcomes = CREATION_MOVES.map((m) => option(t(locale, `issue.form.outcome.${m}`), m));
  return modal(locale, {
    callbackId: ISSUE_VIEWS.raise,
    title: t(locale, 'issue.form.title.raise'),
    blocks: [
      {
        type: 'input',
        block_id: 'subject',
        label: plain(t(locale, 'issue.form.subject')),
        element: {
          type: 'external_select',
          action_id: ISSUE_FORM_ACTIONS.subject,
          min_query_length: 0,
          placeholder: plain(t(locale, 'issue.form.subject_placeholder'), 150),
        },
      },
      input('title', t(locale, 'issue.form.issue_title'), textInput({ max: LIMITS.title, initial: o.title })),
      input(
        'description',
        t(locale, 'issue.form.description'),
        textInput({ multiline: true, max: LIMITS.text }),
        {
          optional: true,
        },
      ),
      input('category', t(locale, 'issue.form.category'), staticSelect(categories)),
      input('urgency', t(locale, 'issue.form.urgency'), radios(urgencies, urgencies[0])),
      input('outcome', t(locale, 'issue.form.outcome'), radios(outcomes, outcomes[1])),
      input('note', t(locale, 'issue.form.spot_note'), textInput({ multiline: true, max: LIMITS.text }), {
        optional: true,
      }),
      input('assignee', t(locale, 'issue.form.keeper'), usersSelect(o.slackUserId), {
        optional: true,
        hint: t(locale, 'issue.form.keeper_hint'),
      }),
      input(
        'reason',
        t(locale, 'issue.form.dispatch_reason'),
        textInput({ multiline: true, max: LIMITS.text }),
        {
          optional: true,
        },
      ),
    ],
  });
}
