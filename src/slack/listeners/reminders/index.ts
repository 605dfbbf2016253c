// The reminder message's snooze button (its other buttons are the issue card's: update opens the
// card, resolve and extension start those moves, enterprise informed stops the report-back clock).
import type { ButtonAction } from '@slack/bolt';
import { t } from '../../../i18n/index.ts';
import type { SnoozeOutcome } from '../../../services/reminders/index.ts';
import type { SlackContext } from '../../context.ts';
import type { Caller } from '../../identity.ts';
import { ISSUE_ACTIONS } from '../../ids/issue-actions.ts';
import type { Routes } from '../../router.ts';
import { localDateTime } from '../../views/issues/labels.ts';
import { actionWithCaller } from '../../with-caller.ts';

function snoozeText(caller: Caller, issueId: number, outcome: SnoozeOutcome, timeZone: string): string {
  if (outcome.ok) {
    return t(caller.locale, 'reminders.snooze.done', {
      id: issueId,
      when: localDateTime(outcome.until, timeZone),
    });
  }
  if (outcome.reason === 'not_open') return t(caller.locale, 'reminders.snooze.not_open', { id: issueId });
  return t(caller.locale, `errors.${outcome.reason}`);
}

export function registerReminderListeners(app: Routes, ctx: SlackContext): void {
  app.action(
    ISSUE_ACTIONS.snooze,
    actionWithCaller(ctx, async ({ body, action, respond }, caller) => {
      const issueId = Number((action as ButtonAction).value);
      const channelId = body.container?.channel_id ?? body.channel?.id;
      const ts = body.container?.message_ts ?? body.message?.ts;
      const pressedIn = channelId && ts ? { channelId, ts } : null;
      try {
        const outcome = await ctx.services.reminders.snooze(caller.actor, issueId, pressedIn);
        const text = snoozeText(caller, issueId, outcome, ctx.services.timeZone);
        if (body.response_url) await respond({ response_type: 'ephemeral', replace_original: false, text });
      } catch (err) {
        ctx.logger.error({ err, issueId, userId: caller.slackUserId }, 'snoozing an issue failed');
        if (body.response_url) {
          await respond({
            response_type: 'ephemeral',
            replace_original: false,
            text: t(caller.locale, 'errors.internal'),
          });
        }
      }
    }),
  );
}
