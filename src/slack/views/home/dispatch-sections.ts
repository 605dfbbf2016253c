// The dispatch room's Home lists: what waits to be routed, and extension requests to decide.
import type { KnownBlock } from '@slack/types';
import { type Locale, t } from '../../../i18n/index.ts';
import type { HomeModel, HomePages } from '../../../services/home-service.ts';
import { issueMoveActionId } from '../../ids/issue-actions.ts';
import { issueHeadline, rowWithButton, subjectText, userText } from './format.ts';
import { listSection } from './paging.ts';

type Dispatch = NonNullable<HomeModel['dispatch']>;

function queueRow(locale: Locale, item: Dispatch['queue']['items'][number]): KnownBlock {
  const params = { finder: userText(item.finderName, 40), level: t(locale, `issue.level.${item.level}`) };
  const from = item.queuedOn
    ? t(locale, 'home.queue.from', { ...params, date: item.queuedOn })
    : t(locale, 'home.queue.from_undated', params);
  const facts = [subjectText(locale, item.subject), from];
  if (item.urgency === 'urgent') facts.push(`:rotating_light: ${t(locale, 'issue.urgency.urgent')}`);
  const reason = item.reason
    ? `\n${t(locale, 'home.queue.reason', { reason: userText(item.reason, 200) })}`
    : '';
  return rowWithButton(`${issueHeadline(item.id, item.title)}\n${facts.join(' · ')}${reason}`, {
    actionId: issueMoveActionId('route'),
    label: t(locale, 'issue.button.route'),
    value: String(item.id),
  });
}

function extensionRow(locale: Locale, request: Dispatch['extensions']['items'][number]): KnownBlock {
  const detail = t(locale, 'home.extensions.row', {
    person: userText(request.requesterName, 40),
    from: request.currentDue ?? t(locale, 'home.issue.no_due'),
    to: request.requestedDue,
    reason: userText(request.reason, 200),
  });
  return rowWithButton(`${issueHeadline(request.issueId, request.title)}\n${detail}`, {
    actionId: issueMoveActionId('decide_extension'),
    label: t(locale, 'issue.button.decide_extension'),
    value: String(request.issueId),
  });
}

export function queueSection(locale: Locale, queue: Dispatch['queue'], pages: HomePages): KnownBlock[] {
  return listSection(
    locale,
    { list: 'queue', titleKey: 'home.queue.title', emptyKey: 'home.queue.empty', page: queue, pages },
    queue.items.map((item) => queueRow(locale, item)),
  );
}

export function extensionsSection(
  locale: Locale,
  extensions: Dispatch['extensions'],
  pages: HomePages,
): KnownBlock[] {
  return listSection(
    locale,
    {
      list: 'extensions',
      titleKey: 'home.extensions.title',
      emptyKey: 'home.extensions.empty',
      page: extensions,
      pages,
    },
    extensions.items.map((request) => extensionRow(locale, request)),
  );
}
