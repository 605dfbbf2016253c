import { describeFile } from '../state/files.ts';
import { fail, type MethodHandler, ok, str } from './context.ts';

interface FileRef {
  id?: unknown;
  title?: unknown;
}

export const fileHandlers: Record<string, MethodHandler> = {
  // Step 1 of Slack's upload flow: an upload URL (served by this fake) and a file id.
  'files.getUploadURLExternal': (args, { ws, origin }) => {
    const filename = str(args.filename);
    const length = Number(args.length);
    if (!filename)
      return fail('invalid_arguments', { response_metadata: { messages: ['[ERROR] missing filename'] } });
    if (!Number.isInteger(length) || length <= 0) return fail('invalid_length');
    const id = ws.ids.next('F');
    ws.files.add({ id, filename, length, altText: str(args.alt_text), completed: false, channels: [] });
    return ok({ upload_url: `${origin}/upload/${id}`, file_id: id });
  },

  // Step 3: the uploaded files are shared (optionally into a channel, with a comment).
  'files.completeUploadExternal': (args, { ws }) => {
    if (!Array.isArray(args.files) || args.files.length === 0) return fail('invalid_arguments');
    const refs = args.files as FileRef[];
    const files = refs.map((ref) => (typeof ref.id === 'string' ? ws.files.get(ref.id) : undefined));
    if (files.some((f) => !f?.bytes)) return fail('file_not_found');
    const channelId = str(args.channel_id) ?? str(args.channels);
    const described = files.map((file, i) => {
      const stored = file as NonNullable<typeof file>;
      stored.completed = true;
      stored.title = str(refs[i]?.title) ?? stored.title;
      if (channelId) stored.channels.push(channelId);
      return describeFile(stored, ws.team.id, ws.bot.userId, ws.now());
    });
    if (channelId) {
      ws.messages.add({
        type: 'message',
        channel: channelId,
        ts: ws.ids.ts(),
        text: str(args.initial_comment) ?? '',
        files: described,
        ...(str(args.thread_ts) ? { thread_ts: String(args.thread_ts) } : {}),
        user: ws.bot.userId,
        bot_id: ws.bot.botId,
        team: ws.team.id,
      });
    }
    return ok({ files: described });
  },
};
