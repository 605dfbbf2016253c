// `home.refresh`: redraws the App Homes a change touched (src/services/home-refresh.ts writes it), each
// at its first pages, as its owner would see it on opening the tab. Drawing a Home again is harmless,
// so a run that follows a failed one simply draws them all again. Someone Slack no longer knows is
// skipped (logged); the others are still drawn.
import { z } from 'zod';
import { homeViewers } from '../../persistence/home/home-viewers.ts';
import { HOME_REFRESH_TOPIC } from '../../services/home-refresh.ts';
import { createHomeService, FIRST_PAGES } from '../../services/home-service.ts';
import { homeView } from '../../slack/views/home/home-view.ts';
import { localeFor } from '../issues/cards.ts';
import { PermanentSlackError } from '../slack-errors.ts';
import { defineTopic, type TopicHandler } from '../topics.ts';

const ids = z.array(z.number().int().positive()).max(100);

export const homeRefreshTopic = defineTopic({
  name: HOME_REFRESH_TOPIC,
  payload: z.object({ cadreIds: ids, dispatch: z.boolean(), enterpriseIds: ids.default([]) }),
});

export const refreshHomes: TopicHandler<z.output<typeof homeRefreshTopic.payload>> = async (
  payload,
  deps,
) => {
  const viewers = await homeViewers(deps.db, payload);
  const home = createHomeService({ db: deps.db, clock: deps.clock, timeZone: deps.config.timeZone });
  for (const viewer of viewers) {
    const model = await home.build(viewer, FIRST_PAGES);
    const view = homeView(localeFor(deps, viewer.locale), model, FIRST_PAGES);
    try {
      await deps.slack.call('views.publish', { user_id: viewer.slackUserId, view });
    } catch (err) {
      if (!(err instanceof PermanentSlackError)) throw err;
      deps.logger.warn({ err, cadreId: viewer.id }, 'home not redrawn: Slack refused it');
    }
  }
};
