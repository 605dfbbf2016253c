// Draws and publishes one person's Home tab: their lists for a cadre, the not-in-directory notice for
// anyone else. Reads only.
import type { AllMiddlewareArgs } from '@slack/bolt';
import type { HomePages } from '../../../services/home-service.ts';
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

export function publishHome(
  ctx: SlackContext,
  client: Client,
  slackUserId: string,
  pages: HomePages,
): Promise<void> {
  return withCaller(ctx, slackUserId, {
    known: (caller) => publishCallerHome(ctx, client, caller, pages),
    unknown: async (person) => {
      await client.views.publish({
        user_id: slackUserId,
        view: notInDirectoryHome(person.locale, person.text),
      });
    },
  });
}
