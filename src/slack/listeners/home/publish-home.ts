// Draws and publishes one person's Home tab: their lists for a cadre, the not-in-directory notice for
// anyone else. Reads only.
import type { AllMiddlewareArgs } from '@slack/bolt';
import { FIRST_PAGES, type HomePages } from '../../../services/home-service.ts';
import type { SlackContext } from '../../context.ts';
import type { Caller } from '../../identity.ts';
import { homeView } from '../../views/home/home-view.ts';
import { notInDirectoryHome } from '../../views/not-in-directory.ts';
import { withCaller } from '../../with-caller.ts';

type Client = AllMiddlewareArgs['client'];

export async function publishCallerHome(
  ctx: SlackContext,
  client: Client,
  caller: Caller,
  pages: HomePages,
): Promise<void> {
  const model = await ctx.services.home.build(caller.cadre, pages);
  await client.views.publish({ user_id: caller.slackUserId, view: homeView(caller.locale, model, pages) });
}

/**
 * The Home its owner just opened, drawn at its first pages; a cadre's is remembered as opened, so
 * that changes touching it redraw it from now on (src/delivery/home/refresh-homes.ts).
 */
export function publishOpenedHome(ctx: SlackContext, client: Client, slackUserId: string): Promise<void> {
  return withCaller(ctx, slackUserId, {
    known: async (caller) => {
      // Noted first, so that a change made right after the tab is drawn finds it (one short UPDATE,
      // matching nothing on all but the day's first opening).
      await ctx.services.home.noteOpened(caller.cadre.id).catch((err: unknown) => {
        ctx.logger.warn({ err, cadreId: caller.cadre.id }, 'could not note the Home as opened');
      });
      await publishCallerHome(ctx, client, caller, FIRST_PAGES);
    },
    unknown: async (person) => {
      await client.views.publish({
        user_id: slackUserId,
        view: notInDirectoryHome(person.locale, person.text),
      });
    },
  });
}
