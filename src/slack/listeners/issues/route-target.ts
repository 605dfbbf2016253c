// The route modal's target select: once dispatch picks a function group or the city, the modal is
// redrawn with the people who can own the issue there and the level's default due date (settings and
// the working-day calendar). The hash makes Slack refuse the update if the modal changed meanwhile.
import type { StaticSelectAction } from '@slack/bolt';
import type { SlackContext } from '../../context.ts';
import { decodeMoveMeta, ISSUE_FORM_ACTIONS } from '../../ids/issue-views.ts';
import type { Routes } from '../../router.ts';
import { moveModal } from '../../views/issues/move-modals.ts';
import { parseRouteTarget } from '../../views/issues/route-modal.ts';
import { actionWithCaller } from '../../with-caller.ts';

export function registerRouteTarget(app: Routes, ctx: SlackContext): void {
  const { services, logger } = ctx;

  app.action(
    ISSUE_FORM_ACTIONS.routeTarget,
    actionWithCaller(ctx, async ({ body, action, client }, caller) => {
      const view = body.view;
      const meta = view ? decodeMoveMeta(view.private_metadata) : null;
      const target = (action as StaticSelectAction).selected_option?.value;
      const choice = parseRouteTarget(target);
      if (!view || !meta || !choice || !target) return;
      try {
        const [issue, groups] = await Promise.all([
          services.issueViews.forMove(meta.issueId),
          services.issueViews.functionGroups(),
        ]);
        if (!issue) return;
        const urgency = issue.snapshot.state.urgency;
        const options = await services.issueViews.routeOptions(choice, urgency);
        await client.views.update({
          view_id: view.id,
          hash: view.hash,
          view: moveModal(caller.locale, {
            issueId: meta.issueId,
            title: issue.title,
            move: 'route',
            urgency,
            dueDate: issue.snapshot.state.dueDate,
            route: {
              functionGroups: groups,
              selected: { target, candidates: options.candidates, defaultDue: options.defaultDue },
            },
          }),
        });
      } catch (err) {
        logger.warn({ err, issueId: meta.issueId }, 'could not refresh the route modal');
      }
    }),
  );
}
