import type { StoredMessage } from '../state/messages.ts';
import { bool, fail, type MethodHandler, ok, str } from './context.ts';

const HISTORY_DEFAULT_LIMIT = 100;
const HISTORY_MAX_LIMIT = 999;

// Slack compares message timestamps as decimals; `seconds.micro` strings of equal shape compare as numbers.
const tsNumber = (ts: string): number => Number(ts);

/** conversations.history's view of a message: metadata only when asked for with include_all_metadata. */
function historyView({ channel: _channel, metadata, ...message }: StoredMessage, withMetadata: boolean) {
  return withMetadata && metadata !== undefined ? { ...message, metadata } : message;
}

export const conversationHandlers: Record<string, MethodHandler> = {
  // Newest first, top-level messages only (thread replies live in conversations.replies), between
  // `oldest` and `latest` (exclusive unless `inclusive`), paged by an opaque cursor.
  'conversations.history': (args, { ws }) => {
    const requested = str(args.channel);
    if (!requested) return fail('channel_not_found');
    const channel = ws.directory.resolveChannel(requested);
    const inclusive = bool(args.inclusive);
    const oldest = str(args.oldest) ? tsNumber(String(args.oldest)) : 0;
    const latest = str(args.latest) ? tsNumber(String(args.latest)) : Number.POSITIVE_INFINITY;
    const limit = Math.min(
      Math.max(Number(args.limit ?? HISTORY_DEFAULT_LIMIT) || HISTORY_DEFAULT_LIMIT, 1),
      HISTORY_MAX_LIMIT,
    );
    const cursor = str(args.cursor);
    const offset = cursor
      ? Number(
          Buffer.from(cursor, 'base64')
            .toString('utf8')
            .replace(/^offset:/, ''),
        )
      : 0;
    if (!Number.isInteger(offset) || offset < 0) return fail('invalid_cursor');
    const inRange = (ts: number) => (inclusive ? ts >= oldest && ts <= latest : ts > oldest && ts < latest);
    const all = ws.messages
      .in(channel)
      .filter((m) => (m.thread_ts === undefined || m.thread_ts === m.ts) && inRange(tsNumber(m.ts)))
      .reverse();
    const page = all.slice(offset, offset + limit);
    const hasMore = offset + limit < all.length;
    return ok({
      messages: page.map((m) => historyView(m, bool(args.include_all_metadata))),
      has_more: hasMore,
      pin_count: 0,
      response_metadata: {
        next_cursor: hasMore ? Buffer.from(`offset:${offset + limit}`).toString('base64') : '',
      },
    });
  },

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
