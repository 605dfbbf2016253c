// The daily progress digest as a Slack message: a pure function of the stored figures (and the
// previous digest's, for the changes), so the message can be rebuilt exactly as it was posted.
import type { KnownBlock } from '@slack/types';
import {
  type Change,
  changesAgainst,
  type DailyFigures,
  dailyMetrics,
  formatCount,
  formatLocalDate,
  formatRate,
  formatWorkingDays,
  type MetricKind,
  summarySentence,
} from '../../../domain/digests/index.ts';
import { type Locale, type MessageKey, t } from '../../../i18n/index.ts';
import { escapeMrkdwn } from '../escape.ts';
import { context, figureLine, header, nameRef, paragraph, personRef, section, titleRef } from './lines.ts';
import { scopeLabel } from './scope-label.ts';

export interface DigestMessage {
  text: string;
  blocks: KnownBlock[];
}

export function dailyDigestMessage(
  figures: DailyFigures,
  previous: DailyFigures | null,
  locale: Locale,
): DigestMessage {
  const metrics = dailyMetrics(figures);
  const changes = changesAgainst(metrics, previous ? dailyMetrics(previous) : null);
  const line = (key: string, label: MessageKey, indent = false) => {
    const metric = metrics.get(key);
    if (!metric) return [];
    const value =
      metric.kind === 'count' ? formatCount(metric.value ?? 0, locale) : formatRate(metric.value, locale);
    return [
      figureLine(
        locale,
        t(locale, label),
        value,
        changes.get(key) ?? null,
        metric.kind as MetricKind,
        indent,
      ),
    ];
  };
  const groupLine = (code: string, name: string) => {
    const key = `issues.functionGroup.${code}`;
    const metric = metrics.get(key);
    const change: Change = changes.get(key) ?? null;
    return figureLine(locale, nameRef(name), formatCount(metric?.value ?? 0, locale), change, 'count', true);
  };

  const date = formatLocalDate(figures.localDate, locale);
  const summary = summarySentence(figures.issues, locale);
  const blocks: KnownBlock[] = [
    header(t(locale, 'digest.header', { date })),
    context(scopeLabel(locale, figures.scope, figures.scopeName)),
    paragraph(escapeMrkdwn(summary)),
  ];
  if (figures.visits) {
    blocks.push(
      section(t(locale, 'digest.section.visits'), [
        ...line('visits.assigned', 'digest.visits.assigned'),
        ...line('visits.visitedOnSite', 'digest.visits.visitedOnSite'),
        ...line('visits.coverage', 'digest.visits.coverage'),
        ...line('visits.yesterday', 'digest.visits.yesterday'),
        ...line('visits.total', 'digest.visits.total'),
        ...line('visits.onSiteShare', 'digest.visits.onSiteShare'),
      ]),
    );
  }
  const i = figures.issues;
  blocks.push(
    section(t(locale, 'digest.section.issues'), [
      ...line('issues.collected', 'digest.issues.collected'),
      ...line('issues.newYesterday', 'digest.issues.newYesterday'),
      ...line('issues.resolvedOnSpot', 'digest.issues.resolvedOnSpot'),
      ...line('issues.keptAtServiceLevel', 'digest.issues.keptAtServiceLevel'),
      ...line('issues.awaitingDispatch', 'digest.issues.awaitingDispatch'),
      ...line('issues.sentToFunctionGroups', 'digest.issues.sentToFunctionGroups'),
      ...i.functionGroups.map((g) => groupLine(g.code, g.name)),
      ...line('issues.sentToCity', 'digest.issues.sentToCity'),
      ...line('issues.resolved', 'digest.issues.resolved'),
      ...line('issues.closedOut', 'digest.issues.closedOut'),
      ...line('issues.closeOutRate', 'digest.issues.closeOutRate'),
      ...line('issues.overdue', 'digest.issues.overdue'),
      ...line('issues.satisfaction', 'digest.issues.satisfaction'),
      ...line('issues.notInformed', 'digest.issues.notInformed'),
    ]),
  );
  const overdueLines =
    i.oldestOverdue.length === 0
      ? [t(locale, 'digest.overdue.none')]
      : i.oldestOverdue.map(
          (o) =>
            `• ${t(locale, 'digest.overdue.item', {
              id: o.id,
              title: titleRef(o.title),
              days: formatWorkingDays(o.overdueDays, locale),
              owner: personRef(locale, o.ownerName, o.ownerSlackUserId),
            })}`,
        );
  if (i.overdue > i.oldestOverdue.length) {
    overdueLines.push(
      t(locale, 'digest.overdue.more', { count: formatCount(i.overdue - i.oldestOverdue.length, locale) }),
    );
  }
  blocks.push(section(t(locale, 'digest.section.overdue'), overdueLines));
  if (figures.projects) {
    blocks.push(
      section(t(locale, 'digest.section.projects'), [
        ...line('projects.keyProjects', 'digest.projects.keyProjects'),
        ...line('projects.large', 'digest.projects.large'),
        ...line('projects.largeStartedOrResumed', 'digest.projects.largeStartedOrResumed'),
        ...line('projects.problemsFound', 'digest.projects.problemsFound'),
        ...line('projects.problemsSolved', 'digest.projects.problemsSolved'),
      ]),
    );
  }
  blocks.push(
    context(
      previous
        ? t(locale, 'digest.changes.since', { date: formatLocalDate(previous.localDate, locale) })
        : t(locale, 'digest.changes.first'),
    ),
  );
  return { text: t(locale, 'digest.fallback', { date, summary }), blocks };
}
