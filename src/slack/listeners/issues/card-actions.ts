// The card's buttons that are not moves. "Open" shows the card with its history in a modal, from a
// list, a reminder or the Home tab: the modal opens at once with a placeholder and fills in once read.
// "Enterprise informed" is the finder reporting back (谁发现谁反馈), recorded once per click.
import type { BlockAction, ButtonAction } from '@slack/bolt';
import { localDateOf } from '../../../calendar/index.ts';
import { isAppError } from '../../../domain/errors.ts';
import { t } from '../../../i18n/index.ts';
import type { SlackContext } from '../../context.ts';
import { identify } from '../../identity.ts';
import { ISSUE_ACTIONS } from '../../ids/issue-actions.ts';
import { notInDirectoryText } from '../../not-in-directory.ts';
import type { Routes } from '../../router.ts';
import { errorText } from '../../views/errors.ts';
import { cardModal, loadingModal, noticeModal } from '../../views/issues/info-modals.ts';
import { notInDirectoryModal } from '../../views/not-in-directory.ts';
import { actionWithCaller } from '../../with-caller.ts';
import { actionKey, openFromAction, tellUser } from './reply.ts';

export function registerCardActions(app: Routes, ctx: SlackContext): void {
  const { services, logger } = ctx;

  app.action<BlockAction<ButtonAction>>(ISSUE_ACTIONS.open, async ({ ack, body, action, client }) => {
    await ack();
    const issueId = Number(action.value);
    const userId = body.user.id;
    try {
      const locale = await ctx.localeOf(userId);
      const viewId = await openFromAction(client, body, loadingModal(locale, issueId));
      const [caller, card] = await Promise.all([identify(ctx, userId), services.issueViews.card(issueId)]);
      if (!viewId) return;
      const today = localDateOf(services.clock(), services.timeZone);
      const view = !caller
        ? notInDirectoryModal(locale, await notInDirectoryText(ctx, userId, locale))
        : card
          ? cardModal(locale, card, { timeZone: services.timeZone, today })
          : noticeModal(locale, t(locale, 'errors.not_found'));
      await client.views.update({ view_id: viewId, view });
    } catch (err) {
      logger.error({ err, issueId, userId }, 'opening an issue card failed');
    }
  });

  app.action(
    ISSUE_ACTIONS.enterpriseInformed,
    actionWithCaller(ctx, async ({ body, action, client, respond }, caller) => {
      const button = action as ButtonAction;
      const issueId = Number(button.value);
      const { locale } = caller;
      const tell = (text: string) => tellUser(client, body, respond, locale, text);
      try {
        const key = actionKey(caller.slackUserId, button.action_ts);
        const channelId = body.container?.channel_id ?? body.channel?.id;
        const ts = body.container?.message_ts ?? body.message?.ts;
        const pressedIn = channelId && ts ? { channelId, ts } : null;
        await services.issueViews.markEnterpriseInformed(caller.actor, issueId, key, pressedIn);
        await tell(t(locale, 'issue.informed.done', { id: issueId }));
      } catch (err) {
        if (!isAppError(err)) logger.error({ err, issueId }, 'recording a report-back failed');
        await tell(errorText(locale, err)).catch(() => {});
      }
    }),
  );
}
