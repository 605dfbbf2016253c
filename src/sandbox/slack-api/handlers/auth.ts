import { type MethodHandler, ok } from './context.ts';

export const authHandlers: Record<string, MethodHandler> = {
  // Bolt calls this once at start to learn the bot's user and bot ids.
  'auth.test': (_args, { ws }) =>
    ok({
      url: `https://${ws.team.domain}.slack.com/`,
      team: ws.team.name,
      user: ws.bot.name,
      team_id: ws.team.id,
      user_id: ws.bot.userId,
      bot_id: ws.bot.botId,
      is_enterprise_install: false,
    }),
  'api.test': (args) => ok({ args }),
};
