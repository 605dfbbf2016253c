import type { App } from '@slack/bolt';
import type { SlackContext } from '../../context.ts';
import { COMMANDS } from '../../ids.ts';
import { helpBlocks } from '../../views/help.ts';

/** `/zhuqi [help]`: explains the commands in the caller's language. */
export function registerZhuqiCommand(app: App, ctx: SlackContext): void {
  app.command(COMMANDS.zhuqi, async ({ ack, command }) => {
    const locale = await ctx.localeOf(command.user_id);
    await ack({ response_type: 'ephemeral', blocks: helpBlocks(locale), text: helpBlocks.fallback(locale) });
  });
}
