import { checkMessage } from '../rules/payloads.ts';
import { messageContent } from '../state/messages.ts';
import type { Workspace } from '../state/workspace.ts';
import type { SlackArgs, SlackBody } from '../types.ts';

export interface ResponseUrlAnswer {
  status: number;
  body: SlackBody | string;
}

/**
 * A POST to a response_url (Bolt's `respond()`): ephemeral by default, `in_channel` posts to the channel,
 * `replace_original` / `delete_original` act on the message the interaction came from.
 */
export function receiveResponse(ws: Workspace, id: string, args: SlackArgs): ResponseUrlAnswer {
  const used = ws.responseUrls.use(id);
  if ('error' in used) return { status: 404, body: used.error };
  const { target } = used;
  const original = target.messageTs ? ws.messages.find(target.channelId, target.messageTs) : undefined;

  if (args.delete_original === true || args.delete_original === 'true') {
    if (!original) return { status: 404, body: { ok: false, error: 'message_not_found' } };
    ws.messages.remove(target.channelId, original.ts);
    return { status: 200, body: { ok: true } };
  }

  const refusal = checkMessage(args, { requireContent: true });
  if (refusal) return { status: 400, body: refusal };

  if (args.replace_original === true || args.replace_original === 'true') {
    if (!original) return { status: 404, body: { ok: false, error: 'message_not_found' } };
    Object.assign(original, messageContent(args), { edited: { user: ws.bot.userId, ts: ws.ids.ts() } });
  } else if (args.response_type === 'in_channel') {
    ws.messages.add({
      type: 'message',
      channel: target.channelId,
      ts: ws.ids.ts(),
      ...messageContent(args),
      user: ws.bot.userId,
      bot_id: ws.bot.botId,
      app_id: ws.bot.appId,
      team: ws.team.id,
    });
  } else {
    const { text, blocks } = messageContent(args);
    ws.messages.ephemerals.push({
      channel: target.channelId,
      user: target.userId,
      message_ts: ws.ids.ts(),
      text,
      blocks,
    });
  }
  return { status: 200, body: { ok: true } };
}
