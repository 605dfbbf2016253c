// `/issue` raises an issue outside a visit; `/issue list` shows the caller's open issues. Both ack
// first. The raise modal needs nothing from the database, so it opens while the caller is looked up;
// someone not in the directory sees the modal turn into the explanation.
import { localDateOf } from '../../../calendar/index.ts';
import { t } from '../../../i18n/index.ts';
import type { SlackContext } from '../../context.ts';
import { identify } from '../../identity.ts';
import { COMMANDS } from '../../ids/commands.ts';
import { notInDirectoryText } from '../../not-in-directory.ts';
import type { Routes } from '../../router.ts';
import { issueListMessage, LIST_LIMIT } from '../../views/issues/list.ts';
import { raiseModal } from '../../views/issues/raise-modal.ts';
import { notInDirectoryModal } from '../../views/not-in-directory.ts';

const LIST_WORDS = new Set(['list', 'ls', '列表', '我的']);

export function registerIssueCommand(app: Routes, ctx: SlackContext): void {
  const { services, logger } = ctx;

  app.command(COMMANDS.issue, async ({ ack, command, respond, client }) => {
    await ack();
    const userId = command.user_id;
    const text = command.text.trim();
    const locale = await ctx.localeOf(userId);
    try {
      if (LIST_WORDS.has(text.toLowerCase())) {
        const caller = await identify(ctx, userId);
        if (!caller) {
          await respond({ response_type: 'ephemeral', text: await notInDirectoryText(ctx, userId, locale) });
          return;
        }
        const list = await services.issueViews.listOpen(caller.cadre.id, LIST_LIMIT);
        const today = localDateOf(services.clock(), services.timeZone);
        await respond({ response_type: 'ephemeral', ...issueListMessage(caller.locale, list, today) });
        return;
      }
      const [opened, caller] = await Promise.all([
        client.views.open({
          trigger_id: command.trigger_id,
          view: raiseModal(locale, { slackUserId: userId, title: text || undefined }),
        }),
        identify(ctx, userId),
      ]);
      if (!caller && opened.view?.id) {
        await client.views.update({
          view_id: opened.view.id,
          view: notInDirectoryModal(locale, await notInDirectoryText(ctx, userId, locale)),
        });
      }
    } catch (err) {
      logger.error({ err, userId }, '/issue failed');
      await respond({ response_type: 'ephemeral', text: t(locale, 'errors.internal') }).catch(() => {});
    }
  });
}
