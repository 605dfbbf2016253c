// `/issue list`: the caller's open issues, soonest due first, each with a button to open its card.
import type { KnownBlock } from '@slack/types';
import { type Locale, t } from '../../../i18n/index.ts';
import type { OpenIssueItem } from '../../../persistence/issues/issue-lists.ts';
import { ISSUE_ACTIONS } from '../../ids/issue-actions.ts';
import { escapeMrkdwn } from '../escape.ts';
import { button, context, mrkdwn, plain } from './blocks.ts';
import { statusLabel } from './labels.ts';

/** Rows shown; the header and the "more" line fit with them inside a message's 50 blocks. */
export const LIST_LIMIT = 20;

function role(locale: Locale, item: OpenIssueItem): string {
  if (item.isOwner && item.isFinder) return t(locale, 'issue.list.role_both');
  return t(locale, item.isOwner ? 'issue.list.role_owner' : 'issue.list.role_finder');
}

function line(locale: Locale, item: OpenIssueItem, today: string): string {
  const due = item.dueDate
    ? t(locale, 'issue.list.due', {
        date: item.dueDate < today ? t(locale, 'issue.card.overdue', { date: item.dueDate }) : item.dueDate,
      })
    : null;
  const facts = [statusLabel(locale, item.status), role(locale, item), due].filter((f) => f !== null);
  return `*#${item.id}* ${escapeMrkdwn(item.title)}\n${facts.join(' · ')}`;
}

export function issueListMessage(
  locale: Locale,
  list: { items: OpenIssueItem[]; total: number },
  today: string,
): { text: string; blocks: KnownBlock[] } {
  if (list.total === 0) {
    const text = t(locale, 'issue.list.empty');
    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }
  const title = t(locale, 'issue.list.title', { count: list.total });
  const blocks: KnownBlock[] = [{ type: 'header', text: plain(title, 150) }];
  for (const item of list.items.slice(0, LIST_LIMIT)) {
    blocks.push({
      type: 'section',
      text: mrkdwn(line(locale, item, today)),
      accessory: button(t(locale, 'issue.button.open'), ISSUE_ACTIONS.open, String(item.id)),
    });
  }
  const hidden = list.total - Math.min(list.items.length, LIST_LIMIT);
  if (hidden > 0) blocks.push(context(t(locale, 'issue.list.more', { count: hidden })));
  return { text: title, blocks };
}
