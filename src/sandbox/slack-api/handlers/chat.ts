import { checkMessage } from '../rules/payloads.ts';
import { messageContent, type StoredMessage } from '../state/messages.ts';
import { fail, type MethodHandler, ok, str } from './context.ts';

const messageView = ({ channel: _channel, ...message }: StoredMessage) => message;

export const chatHandlers: Record<string, MethodHandler> = {
  'chat.postMessage': (args, { ws }) => {
    const requested = str(args.channel);
    if (!requested) return fail('channel_not_found');
    const refusal = checkMessage(args, { requireContent: true });
    if (refusal) return refusal;
    const channel = ws.directory.resolveChannel(requested);
    const message = ws.messages.add({
      type: 'message',
      channel,
      ts: ws.ids.ts(),
      ...messageContent(args),
      ...(str(args.thread_ts) ? { thread_ts: String(args.thread_ts) } : {}),
      user: ws.bot.userId,
      bot_id: ws.bot.botId,
      app_id: ws.bot.appId,
      team: ws.team.id,
    });
    return ok({ channel, ts: message.ts, message: messageView(message) });
  },

  'chat.update': (args, { ws }) => {
    const channel = str(args.channel);
    const ts = str(args.ts);
    if (!channel) return fail('channel_not_found');
    const message = ts ? ws.messages.find(ws.directory.resolveChannel(channel), ts) : undefined;
    if (!message) return fail('message_not_found');
    if (message.user !== ws.bot.userId) return fail('cant_update_message');
    const refusal = checkMessage(args, { requireContent: false });
    if (refusal) return refusal;
    Object.assign(message, messageContent(args), { edited: { user: ws.bot.userId, ts: ws.ids.ts() } });
    return ok({
      channel: message.channel,
      ts: message.ts,
      text: message.text ?? '',
      message: messageView(message),
    });
  },

  'chat.delete': (args, { ws }) => {
    const channel = str(args.channel);
    const ts = str(args.ts);
    if (!channel) return fail('channel_not_found');
    const resolved = ws.directory.resolveChannel(channel);
    if (!ts || !ws.messages.remove(resolved, ts)) return fail('message_not_found');
    return ok({ channel: resolved, ts });
  },

  'chat.postEphemeral': (args, { ws }) => {
    const channel = str(args.channel);
    const user = str(args.user);
    if (!channel) return fail('channel_not_found');
    if (!user) return fail('user_not_in_channel');
    const refusal = checkMessage(args, { requireContent: true });
    if (refusal) return refusal;
    const { text, blocks } = messageContent(args);
    const message_ts = ws.ids.ts();
    ws.messages.ephemerals.push({
      channel: ws.directory.resolveChannel(channel),
      user,
      message_ts,
      text,
      blocks,
    });
    return ok({ message_ts });
  },
};
