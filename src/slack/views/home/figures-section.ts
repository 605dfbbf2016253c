// The district's headline figures for leaders and observers: eight numbers in one fields block.
import type { KnownBlock } from '@slack/types';
import type { LocalDate } from '../../../calendar/index.ts';
import { type Locale, type MessageKey, t } from '../../../i18n/index.ts';
import type { HeadlineFigures } from '../../../services/home-service.ts';
import { percent } from './format.ts';

export function figuresSection(locale: Locale, figures: HeadlineFigures, today: LocalDate): KnownBlock[] {
  const field = (label: MessageKey, value: string) => ({
    type: 'mrkdwn' as const,
    text: `*${t(locale, label)}*\n${value}`,
  });
  const rate = (count: number, whole: number) =>
    t(locale, 'home.figures.value_rate', { count, rate: percent(count, whole) });
  return [
    { type: 'header', text: { type: 'plain_text', text: t(locale, 'home.figures.title') } },
    {
      type: 'section',
      fields: [
        field('home.figures.assigned', String(figures.assigned)),
        field('home.figures.visited', rate(figures.visitedOnSite, figures.assigned)),
        field('home.figures.collected', String(figures.collected)),
        field('home.figures.on_spot', String(figures.resolvedOnSpot)),
        field('home.figures.open', String(figures.open)),
        field('home.figures.overdue', String(figures.overdue)),
        field('home.figures.closed', String(figures.closed)),
        field('home.figures.close_rate', percent(figures.closed, figures.collected)),
      ],
    },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: t(locale, 'home.figures.note', { date: today }) }],
    },
    { type: 'divider' },
  ];
}
