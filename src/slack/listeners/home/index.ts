// The App Home tab: drawn when its owner opens it (Events API acks at once, before any work), and
// redrawn with the next or previous page of one list when a paging button is clicked. A change that
// touches it redraws it too, through the outbox (src/delivery/home/refresh-homes.ts).
import type { SlackContext } from '../../context.ts';
import { HOME_PAGE_ACTION } from '../../ids/home.ts';
import type { Routes } from '../../router.ts';
import { decodePages } from '../../views/home/page-state.ts';
import { actionWithCaller } from '../../with-caller.ts';
import { publishCallerHome, publishOpenedHome } from './publish-home.ts';

export function registerHome(app: Routes, ctx: SlackContext): void {
  app.event('app_home_opened', async ({ event, client }) => {
    // The same event fires for the Messages tab, which is not ours to draw.
    if (event.tab !== 'home') return;
    await publishOpenedHome(ctx, client, event.user);
  });

  app.action(
    HOME_PAGE_ACTION,
    actionWithCaller(ctx, async ({ action, client }, caller) => {
      const value = 'value' in action ? action.value : undefined;
      await publishCallerHome(ctx, client, caller, decodePages(value));
    }),
  );
}
