// A cadre's four Home lists. Issue rows carry the issue buttons (ids/issue-actions.ts) so the issue
// listeners act on them; enterprises and visits are lines of one block each, to spend few blocks.
import type { KnownBlock } from '@slack/types';
import { type Locale, t } from '../../../i18n/index.ts';
import type { HomeModel, HomePages } from '../../../services/home-service.ts';
import { ISSUE_ACTIONS, issueMoveActionId } from '../../ids/issue-actions.ts';
import { issueHeadline, rowWithButton, subjectText, userText } from './format.ts';
import { listSection } from './paging.ts';

type Cadre = HomeModel['cadre'];

function ownedRow(locale: Locale, issue: Cadre['owned']['items'][number]): KnownBlock {
  const facts = [subjectText(locale, issue.subject)];
  if (issue.dueDate === null) facts.push(t(locale, 'home.issue.no_due'));
  else if (issue.overdue) facts.push(`:warning: ${t(locale, 'home.issue.overdue', { date: issue.dueDate })}`);
  else facts.push(t(locale, 'home.issue.due', { date: issue.dueDate }));
  if (issue.urgency === 'urgent') facts.push(`:rotating_light: ${t(locale, 'issue.urgency.urgent')}`);
  if (issue.status === 'deferred') facts.push(t(locale, 'issue.status.deferred'));
  if (issue.extensionPending) facts.push(t(locale, 'home.issue.extension_pending'));
  return rowWithButton(`${issueHeadline(issue.id, issue.title)}\n${facts.join(' · ')}`, {
    actionId: ISSUE_ACTIONS.open,
    label: t(locale, 'issue.button.open'),
    value: String(issue.id),
  });
}

function foundRow(locale: Locale, issue: Cadre['found']['items'][number]): KnownBlock {
  const facts = [subjectText(locale, issue.subject)];
  if (issue.resolvedOn) facts.push(t(locale, 'home.found.resolved', { date: issue.resolvedOn }));
  if (issue.ownerName) facts.push(t(locale, 'home.found.owner', { name: userText(issue.ownerName, 40) }));
  // Recording the enterprise's verdict is the close-out move (问题不留根); the issue listeners open its form.
  return rowWithButton(`${issueHeadline(issue.id, issue.title)}\n${facts.join(' · ')}`, {
    actionId: issueMoveActionId('close_out'),
    label: t(locale, 'issue.button.close_out'),
    value: String(issue.id),
  });
}

function linesBlock(lines: string[]): KnownBlock[] {
  return lines.length === 0 ? [] : [{ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } }];
}

export function ownedSection(locale: Locale, owned: Cadre['owned'], pages: HomePages): KnownBlock[] {
  return listSection(
    locale,
    { list: 'owned', titleKey: 'home.owned.title', emptyKey: 'home.owned.empty', page: owned, pages },
    owned.items.map((issue) => ownedRow(locale, issue)),
  );
}

export function foundSection(locale: Locale, found: Cadre['found'], pages: HomePages): KnownBlock[] {
  return listSection(
    locale,
    { list: 'found', titleKey: 'home.found.title', emptyKey: 'home.found.empty', page: found, pages },
    found.items.map((issue) => foundRow(locale, issue)),
  );
}

export function enterprisesSection(
  locale: Locale,
  enterprises: Cadre['enterprises'],
  pages: HomePages,
): KnownBlock[] {
  const lines = enterprises.items.map((e) => {
    const visit = e.lastOnSiteVisit
      ? t(locale, 'home.enterprises.last_visit', { date: e.lastOnSiteVisit })
      : `:small_orange_diamond: ${t(locale, 'home.enterprises.never')}`;
    return `• *${userText(e.name, 80)}* — ${visit}`;
  });
  return listSection(
    locale,
    {
      list: 'enterprises',
      titleKey: 'home.enterprises.title',
      emptyKey: 'home.enterprises.empty',
      page: enterprises,
      pages,
    },
    linesBlock(lines),
  );
}

export function visitsSection(locale: Locale, visits: Cadre['visits'], pages: HomePages): KnownBlock[] {
  const lines = visits.items.map(
    (v) =>
      `• ${v.visitDate} · ${t(locale, `home.visit_mode.${v.mode}`)} · *${userText(v.enterpriseName, 80)}* — ${userText(v.summary, 120)}`,
  );
  return listSection(
    locale,
    { list: 'visits', titleKey: 'home.visits.title', emptyKey: 'home.visits.empty', page: visits, pages },
    linesBlock(lines),
  );
}
