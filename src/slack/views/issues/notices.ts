// The lines that tell someone of a move: a direct message to a finder or owner who did not make it,
// and the dispatch room's thread reply when an issue it already saw comes back to its queue.
import type { KnownBlock } from '@slack/types';
import { type Locale, t } from '../../../i18n/index.ts';
import type { MoveFact } from '../../../persistence/issues/issue-cards.ts';
import { ISSUE_ACTIONS } from '../../ids/issue-actions.ts';
import { escapeMrkdwn } from '../escape.ts';
import { button, section } from './blocks.ts';
import { historyLabel, personName, quote, statusLabel } from './labels.ts';

interface IssueRef {
  id: number;
  title: string;
}

/** The notice's mrkdwn text; the title and comments are escaped, so `<!channel>` pings nobody. */
export function moveNoticeText(locale: Locale, issue: IssueRef, fact: MoveFact, recipientId: number): string {
  const base = { id: issue.id, title: escapeMrkdwn(issue.title), actor: personName(locale, fact.actor) };
  switch (fact.kind) {
    case 'extension_requested':
      return [
        t(locale, 'issue.notice.extension_requested', { ...base, date: fact.requestedDue }),
        quote(fact.reason),
      ].join('\n');
    case 'extension_refused':
      return [t(locale, 'issue.notice.extension_refused', base), quote(fact.note)].filter(Boolean).join('\n');
    case 'event': {
      const lines = [t(locale, 'issue.notice.moved', { ...base, move: historyLabel(locale, fact.move) })];
      if (fact.from !== null && fact.from !== fact.to) {
        lines.push(
          t(locale, 'issue.notice.status', {
            from: statusLabel(locale, fact.from),
            to: statusLabel(locale, fact.to),
          }),
        );
      }
      if (fact.comment) lines.push(quote(fact.comment));
      const handedOver = fact.move === 'keep' || fact.move === 'route' || fact.move === 'reassign';
      if (handedOver && fact.ownerAfterId === recipientId) {
        lines.push(
          fact.dueAfter
            ? t(locale, 'issue.notice.yours', { date: fact.dueAfter })
            : t(locale, 'issue.notice.yours_no_due'),
        );
      }
      return lines.join('\n');
    }
  }
}

/** A notice for someone who already holds the card: the card itself is updated in place elsewhere. */
export function noticeBlocks(locale: Locale, issueId: number, text: string): KnownBlock[] {
  return [
    section(text),
    {
      type: 'actions',
      elements: [button(t(locale, 'issue.button.open'), ISSUE_ACTIONS.open, String(issueId))],
    },
  ];
}

/** The dispatch room's reply under a card it already has: back in the queue, or an extension to decide. */
export function dispatchReplyText(locale: Locale, issue: IssueRef, fact: MoveFact): string {
  const actor = personName(locale, fact.actor);
  if (fact.kind === 'extension_requested') {
    return [
      t(locale, 'issue.notice.extension_to_decide', { id: issue.id, actor, date: fact.requestedDue }),
      quote(fact.reason),
    ].join('\n');
  }
  const move = fact.kind === 'event' ? historyLabel(locale, fact.move) : historyLabel(locale, fact.kind);
  const comment = fact.kind === 'event' ? quote(fact.comment) : '';
  return [t(locale, 'issue.notice.back_in_queue', { id: issue.id, actor, move }), comment]
    .filter(Boolean)
    .join('\n');
}
