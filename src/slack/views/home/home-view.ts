// The App Home tab, from the HomeModel: figures (leaders, observers), then the dispatch lists
// (dispatch staff), then the cadre's own lists. Page sizes (HOME_PAGE_SIZES) keep even a person with
// every role far below Slack's 100 blocks; `fitHome` is the last guard should that ever change.
import type { HomeView, KnownBlock } from '@slack/types';
import { type Locale, t } from '../../../i18n/index.ts';
import { FIRST_PAGES, type HomeModel, type HomePages } from '../../../services/home-service.ts';
import { enterprisesSection, foundSection, ownedSection, visitsSection } from './cadre-sections.ts';
import { extensionsSection, queueSection } from './dispatch-sections.ts';
import { figuresSection } from './figures-section.ts';
import { userText } from './format.ts';

/** Slack's limit for a Home tab. */
export const HOME_BLOCK_LIMIT = 100;

function intro(locale: Locale, model: HomeModel): KnownBlock[] {
  const { date, time, timeZone } = model.generatedAt;
  const name = userText(model.viewerName, 40);
  return [
    { type: 'header', text: { type: 'plain_text', text: t(locale, 'home.title') } },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: t(locale, 'home.greeting', { name, date, time, zone: timeZone }) }],
    },
    { type: 'divider' },
  ];
}

function cadreSections(locale: Locale, model: HomeModel, pages: HomePages): KnownBlock[] {
  const { owned, found, enterprises, visits } = model.cadre;
  // Someone who also sees the queue or the figures is shown only the cadre lists that have something
  // in them: their Home leads with their main job instead of four "nothing here" notes.
  const hasOtherRole = model.dispatch !== null || model.figures !== null;
  const show = (total: number) => !hasOtherRole || total > 0;
  return [
    ...(show(owned.total) ? ownedSection(locale, owned, pages) : []),
    ...(show(found.total) ? foundSection(locale, found, pages) : []),
    ...(show(enterprises.total) ? enterprisesSection(locale, enterprises, pages) : []),
    ...(show(visits.total) ? visitsSection(locale, visits, pages) : []),
  ];
}

/** Cuts a block list to the limit, ending with a note, so a publish is never refused. */
export function fitHome(locale: Locale, blocks: KnownBlock[], limit = HOME_BLOCK_LIMIT): KnownBlock[] {
  if (blocks.length <= limit) return blocks;
  return [
    ...blocks.slice(0, limit - 1),
    { type: 'context', elements: [{ type: 'mrkdwn', text: t(locale, 'home.truncated') }] },
  ];
}

/**
 * `pages` is the state the model was built for: the paging buttons derive the next states from it.
 * The model's own page numbers win where the service clamped a page past the end.
 */
export function homeView(locale: Locale, model: HomeModel, requested: HomePages = FIRST_PAGES): HomeView {
  const pages: HomePages = {
    ...requested,
    owned: model.cadre.owned.page,
    found: model.cadre.found.page,
    enterprises: model.cadre.enterprises.page,
    visits: model.cadre.visits.page,
    ...(model.dispatch
      ? { queue: model.dispatch.queue.page, extensions: model.dispatch.extensions.page }
      : {}),
  };
  const blocks: KnownBlock[] = [
    ...intro(locale, model),
    ...(model.figures ? figuresSection(locale, model.figures, model.today) : []),
    ...(model.dispatch ? queueSection(locale, model.dispatch.queue, pages) : []),
    ...(model.dispatch ? extensionsSection(locale, model.dispatch.extensions, pages) : []),
    ...cadreSections(locale, model, pages),
    { type: 'context', elements: [{ type: 'mrkdwn', text: t(locale, 'home.footer') }] },
  ];
  return { type: 'home', blocks: fitHome(locale, blocks) };
}
