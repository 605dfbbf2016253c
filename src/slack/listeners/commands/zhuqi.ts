// `/zhuqi`, `/zhuqi help` and anything else after /zhuqi: the help, in the caller's language.
// Help is harmless, so it answers everyone, including people outside the directory (who also read
// whom to ask) and even when the directory cannot be read (then without that note).
import type { Locale } from '../../../i18n/index.ts';
import type { SlackContext } from '../../context.ts';
import { COMMANDS } from '../../ids/commands.ts';
import type { Routes } from '../../router.ts';
import { helpBlocks } from '../../views/help.ts';
import { withCaller } from '../../with-caller.ts';

const HELP_WORDS = new Set(['', 'help', '帮助', '?', '？']);

/** The subcommand the user typed that we do not know, or undefined for a request for help. */
export function unknownSubcommand(text: string | undefined): string | undefined {
  const typed = (text ?? '').trim();
  return HELP_WORDS.has(typed.toLowerCase()) ? undefined : typed;
}

async function reader(ctx: SlackContext, userId: string): Promise<{ locale: Locale; notice?: string }> {
  try {
    return await withCaller(ctx, userId, {
      known: async (caller) => ({ locale: caller.locale }),
      unknown: async (person) => ({ locale: person.locale, notice: person.text }),
    });
  } catch (err) {
    ctx.logger.warn({ err, userId }, 'could not look the caller up; showing help without the directory note');
    return { locale: await ctx.localeOf(userId) };
  }
}

export function registerZhuqiCommand(app: Routes, ctx: SlackContext): void {
  app.command(COMMANDS.zhuqi, async ({ ack, command }) => {
    const { locale, notice } = await reader(ctx, command.user_id);
    const blocks = helpBlocks(locale, { unknownSubcommand: unknownSubcommand(command.text), notice });
    await ack({ response_type: 'ephemeral', blocks, text: helpBlocks.fallback(locale) });
  });
}
