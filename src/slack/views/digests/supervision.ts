// The weekly supervision report (督查) as a Slack message, a pure function of the stored figures.
import type { KnownBlock } from '@slack/types';
import {
  CLOSE_OUT_WORKING_DAYS,
  changesAgainst,
  formatChange,
  formatCount,
  formatLocalDate,
  formatWorkingDays,
  IDLE_CADRE_DAYS,
  type SupervisionFigures,
  supervisionMetrics,
} from '../../../domain/digests/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import type { DigestMessage } from './daily.ts';
import { context, header, nameRef, paragraph, personRef, section, titleRef } from './lines.ts';
import { scopeLabel } from './scope-label.ts';

function list<T>(locale: Locale, items: { total: number; shown: T[] }, line: (item: T) => string): string[] {
  if (items.total === 0) return [t(locale, 'supervision.none')];
  const lines = items.shown.map((item) => `• ${line(item)}`);
  const more = items.total - items.shown.length;
  if (more > 0) lines.push(t(locale, 'supervision.more', { count: formatCount(more, locale) }));
  return lines;
}

export function supervisionMessage(
  figures: SupervisionFigures,
  previous: SupervisionFigures | null,
  locale: Locale,
): DigestMessage {
  const changes = changesAgainst(supervisionMetrics(figures), previous ? supervisionMetrics(previous) : null);
  const n = (value: number) => formatCount(value, locale);
  const change = (key: string) =>
    previous
      ? formatChange(changes.get(key) ?? null, 'count', locale) || '—'
      : t(locale, 'supervision.changes.first');
  const days = (value: number) => formatWorkingDays(value, locale);
  const { overdue, idleCadres, unclosed } = figures;
  const date = formatLocalDate(figures.localDate, locale);

  const intro = [
    t(locale, 'supervision.intro', {
      overdue: n(overdue.total),
      overdueChange: change('overdue.total'),
      escalated: n(overdue.escalated.total),
      escalatedChange: change('overdue.escalated'),
      escalateAt: n(overdue.escalateAt),
      unclosed: n(unclosed.total),
      unclosedChange: change('unclosed.total'),
      closeOutDays: n(CLOSE_OUT_WORKING_DAYS),
    }),
  ];
  if (idleCadres) {
    intro.push(
      t(locale, 'supervision.idleIntro', {
        idle: n(idleCadres.total),
        idleChange: change('idleCadres.total'),
        days: n(IDLE_CADRE_DAYS),
      }),
    );
  }

  const blocks: KnownBlock[] = [
    header(t(locale, 'supervision.header', { date })),
    context(scopeLabel(locale, figures.scope, figures.scopeName)),
    paragraph(intro.join('\n')),
    section(
      t(locale, 'supervision.section.byUnit'),
      list(locale, overdue.byUnit, (u) =>
        t(locale, 'supervision.byUnit.item', {
          unit: u.name ? nameRef(u.name) : t(locale, 'supervision.unit.none'),
          count: n(u.count),
          days: days(u.oldestOverdueDays),
        }),
      ),
    ),
    section(
      t(locale, 'supervision.section.byOwner'),
      list(locale, overdue.byOwner, (o) =>
        t(locale, 'supervision.byOwner.item', {
          owner: personRef(locale, o.name || null, o.slackUserId),
          count: n(o.count),
          days: days(o.oldestOverdueDays),
        }),
      ),
    ),
    section(
      t(locale, 'supervision.section.escalated', { days: n(overdue.escalateAt) }),
      list(locale, overdue.escalated, (e) =>
        t(locale, 'supervision.escalated.item', {
          id: e.id,
          title: titleRef(e.title),
          days: days(e.overdueDays),
          owner: personRef(locale, e.ownerName, e.ownerSlackUserId),
        }),
      ),
    ),
  ];
  if (idleCadres) {
    blocks.push(
      section(
        t(locale, 'supervision.section.idle', { days: n(IDLE_CADRE_DAYS) }),
        list(locale, idleCadres, (c) =>
          t(locale, 'supervision.idle.item', {
            cadre: personRef(locale, c.name, c.slackUserId),
            enterprises: n(c.enterprises),
            last: c.lastOnSiteVisit
              ? formatLocalDate(c.lastOnSiteVisit, locale)
              : t(locale, 'supervision.idle.never'),
          }),
        ),
      ),
    );
  }
  blocks.push(
    section(
      t(locale, 'supervision.section.unclosed', { days: n(CLOSE_OUT_WORKING_DAYS) }),
      list(locale, unclosed, (u) =>
        t(locale, 'supervision.unclosed.item', {
          id: u.id,
          title: titleRef(u.title),
          resolvedOn: formatLocalDate(u.resolvedOn, locale),
          days: days(u.waitingDays),
          finder: personRef(locale, u.finderName, u.finderSlackUserId),
        }),
      ),
    ),
  );
  return {
    text: t(locale, 'supervision.fallback', { date, overdue: n(overdue.total), unclosed: n(unclosed.total) }),
    blocks,
  };
}
