// A move's button, on any card, triage post, reminder, Home tab or modal: acked at once (the shared
// door, with-caller.ts, also answers people outside the directory), then checked against the issue's
// state and the roles table. A refusal is told to the clicker alone and writes nothing; otherwise the
// move's modal opens. The check reads the issue before the modal opens (a few milliseconds, well
// inside the trigger's 3 s), because its answer decides between a refusal and a modal.
import type { ButtonAction } from '@slack/bolt';
import { isMoveAvailable, MOVES, type Move, mayMake } from '../../../domain/issues/index.ts';
import { type MessageKey, t } from '../../../i18n/index.ts';
import type { SlackContext } from '../../context.ts';
import { ISSUE_MOVE_ACTION } from '../../ids/issue-actions.ts';
import type { Routes } from '../../router.ts';
import { moveModal } from '../../views/issues/move-modals.ts';
import { actionWithCaller } from '../../with-caller.ts';
import { openFromAction, tellUser } from './reply.ts';

function parseMove(actionId: string): Move | null {
  const name = ISSUE_MOVE_ACTION.exec(actionId)?.[1];
  return (MOVES as readonly string[]).includes(name ?? '') ? (name as Move) : null;
}

export function registerMoveButtons(app: Routes, ctx: SlackContext): void {
  const { services, logger } = ctx;

  app.action(
    ISSUE_MOVE_ACTION,
    actionWithCaller(ctx, async ({ body, action, client, respond }, caller) => {
      const button = action as ButtonAction;
      const move = parseMove(button.action_id);
      const issueId = Number(button.value);
      const { locale } = caller;
      const tell = (key: MessageKey) => tellUser(client, body, respond, locale, t(locale, key));
      try {
        if (move === null || !Number.isSafeInteger(issueId)) return;
        const [issue, groups] = await Promise.all([
          services.issueViews.forMove(issueId),
          move === 'route' ? services.issueViews.functionGroups() : Promise.resolve([]),
        ]);
        if (!issue) return await tell('errors.not_found');
        // The same order as the domain's: a stale button says "moved on", not "you may not".
        if (!isMoveAvailable(issue.snapshot, move)) return await tell('errors.invalid_transition');
        if (!mayMake(issue.snapshot, move, caller.actor)) return await tell('errors.forbidden');

        const { state, pendingExtension } = issue.snapshot;
        const pending =
          pendingExtension && issue.pendingReason !== null
            ? {
                requesterName: issue.pendingRequesterName ?? '',
                requestedDue: pendingExtension.requestedDue,
                reason: issue.pendingReason,
              }
            : null;
        await openFromAction(
          client,
          body,
          moveModal(locale, {
            issueId,
            title: issue.title,
            move,
            urgency: state.urgency,
            dueDate: state.dueDate,
            pending,
            route: { functionGroups: groups },
          }),
        );
      } catch (err) {
        logger.error({ err, move, issueId, userId: caller.slackUserId }, 'issue move button failed');
        await tell('errors.internal').catch(() => {});
      }
    }),
  );
}
