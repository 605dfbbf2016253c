// The "visit logged" view that replaces the form once it is written: what was recorded, what counts
// toward coverage, and where each problem went. Everything the user typed is escaped.
import type { KnownBlock, ModalView } from '@slack/types';
import { countsTowardCoverage } from '../../../domain/visits/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import type { LoggedVisit } from '../../../services/visit-service.ts';
import { VISIT_LOGGED_CALLBACK } from '../../ids/visit.ts';
import { escapeMrkdwn, truncate } from '../escape.ts';
import { context, plain, section } from './blocks.ts';

const SLACK_USER = /^[UW][A-Z0-9]{2,20}$/;

export function loggedVisitView(locale: Locale, visit: LoggedVisit): ModalView {
  const blocks: KnownBlock[] = [
    section(
      t(locale, 'visit.result.heading', {
        enterprise: escapeMrkdwn(visit.enterpriseName),
        date: visit.date,
        mode: t(locale, `visit.mode.${visit.mode}`),
      }),
    ),
    context(
      t(
        locale,
        countsTowardCoverage(visit.mode) ? 'visit.result.coverage.on_site' : 'visit.result.coverage.contact',
      ),
    ),
    section(escapeMrkdwn(truncate(visit.summary, 2900))),
  ];
  const facts: string[] = [];
  // Mentions are built only from ids Slack gave us: a forged id cannot smuggle markup in.
  const people = visit.companionSlackIds.filter((id) => SLACK_USER.test(id)).map((id) => `<@${id}>`);
  if (people.length > 0) facts.push(t(locale, 'visit.result.companions', { people: people.join(' ') }));
  if (visit.policyCount > 0) facts.push(t(locale, 'visit.result.policies', { count: visit.policyCount }));
  if (facts.length > 0) blocks.push(context(facts.join(' · ')));
  if (visit.issues.length > 0) {
    const lines = visit.issues.map((issue) =>
      t(locale, `visit.result.issue.${issue.outcome}`, {
        id: issue.issueId,
        title: escapeMrkdwn(issue.title),
        due: issue.dueDate ?? '',
      }),
    );
    blocks.push({ type: 'divider' }, section([t(locale, 'visit.result.issues'), ...lines].join('\n')));
  }
  return {
    type: 'modal',
    callback_id: VISIT_LOGGED_CALLBACK,
    title: plain(t(locale, 'visit.result.title'), 24),
    close: plain(t(locale, 'visit.result.close'), 24),
    blocks,
  };
}
