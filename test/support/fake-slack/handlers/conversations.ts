import { bool, fail, type MethodHandler, ok, str } from './context.ts';

export const conversationHandlers: Record<string, MethodHandler> = {
  // The same users always get the same D-channel (G for several), like Slack.
  'conversations.open': (args, { ws }) => {
    const channel = str(args.channel);
    if (channel) return ok({ channel: { id: channel } });
    const users = (str(args.users) ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    if (users.length === 0) return fail('users_list_not_supplied');
    if (users.length > 8) return fail('too_many_users');
    if (users.some((u) => !/^[UW][A-Z0-9]+$/.test(u))) return fail('user_not_found');
    const id = ws.directory.dmChannel(users);
    const full = bool(args.return_im);
    const isIm = id.startsWith('D');
    return ok({
      channel: full
        ? {
            id,
            created: Math.floor(ws.now() / 1000),
            is_im: isIm,
            is_mpim: !isIm,
            ...(isIm ? { user: users[0] } : {}),
          }
        : { id },
      ...(full ? { already_open: false } : {}),
    });
  },
};
