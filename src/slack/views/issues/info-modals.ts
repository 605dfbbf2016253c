// Modals that only show something: a refusal where no ephemeral message can go (a click inside a
// modal or the Home tab), the placeholder shown while a card loads, a raised issue's confirmation,
// and the card itself.
import type { ModalView } from '@slack/types';
import type { CreationMove } from '../../../domain/issues/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import type { IssueCardData } from '../../../persistence/issues/issue-card-data.ts';
import { ISSUE_ACTIONS } from '../../ids/issue-actions.ts';
import { ISSUE_VIEWS } from '../../ids/issue-views.ts';
import { button, modal, section } from './blocks.ts';
import { type CardOptions, issueCardBlocks } from './card.ts';

export function noticeModal(locale: Locale, text: string): ModalView {
  return modal(locale, {
    callbackId: ISSUE_VIEWS.notice,
    title: t(locale, 'issue.form.title.notice'),
    submit: false,
    blocks: [section(text)],
  });
}

export function loadingModal(locale: Locale, issueId: number): ModalView {
  return modal(locale, {
    callbackId: ISSUE_VIEWS.card,
    title: t(locale, 'issue.form.title.open', { id: issueId }),
    submit: false,
    blocks: [section(t(locale, 'issue.form.loading'))],
  });
}

export function cardModal(locale: Locale, card: IssueCardData, o: CardOptions): ModalView {
  return modal(locale, {
    callbackId: ISSUE_VIEWS.card,
    title: t(locale, 'issue.form.title.open', { id: card.id }),
    submit: false,
    blocks: issueCardBlocks(card, locale, o),
  });
}

/** What the raise modal turns into once the issue is stored. */
export function raisedModal(locale: Locale, issueId: number, move: CreationMove): ModalView {
  return modal(locale, {
    callbackId: ISSUE_VIEWS.notice,
    title: t(locale, 'issue.form.title.raise'),
    submit: false,
    blocks: [
      section(t(locale, `issue.form.raised.${move}`, { id: issueId })),
      {
        type: 'actions',
        elements: [button(t(locale, 'issue.button.open'), ISSUE_ACTIONS.open, String(issueId))],
      },
    ],
  });
}
