// Slack's chat.postMessage has no idempotency key. A sender that may have posted before (its earlier
// run died after Slack accepted the post) marks every post with message metadata and, before posting
// again, looks for that mark in the channel's history (conversations.history, include_all_metadata).
import type { SlackSender } from './slack-sender.ts';
import type { DeliveryDeps } from './topics.ts';

/** How far back before the message was written a post could carry a skewed Slack timestamp. */
const HISTORY_MARGIN_S = 3600;
/** Pages of 200 messages searched at most. */
const HISTORY_PAGES = 10;

export interface PostMark {
  event_type: string;
  event_payload: Record<string, string>;
}

interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** The ts of a post in `channel` since `since` that carries `mark`, if there is one. */
export async function findEarlierPost(
  slack: SlackSender,
  channel: string,
  mark: PostMark,
  since: Date,
): Promise<string | null> {
  const oldest = String(Math.floor(since.getTime() / 1000) - HISTORY_MARGIN_S);
  const matches = (m: HistoryMessage) =>
    m.metadata?.event_type === mark.event_type &&
    Object.entries(mark.event_payload).every(([k, v]) => String(m.metadata?.event_payload?.[k]) === v);
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page += 1) {
    const answer = (await slack.call('conversations.history', {
      channel,
      oldest,
      limit: 200,
      include_all_metadata: true,
      ...(cursor ? { cursor } : {}),
    })) as { messages?: HistoryMessage[]; response_metadata?: { next_cursor?: string } };
    const ours = (answer.messages ?? []).find(matches);
    if (ours?.ts) return ours.ts;
    cursor = answer.response_metadata?.next_cursor || undefined;
    if (!cursor) return null;
  }
  return null;
}

/** Marks a post as the one of this outbox row (its dedupe key). */
export function outboxPostMark(deps: Pick<DeliveryDeps, 'delivery'>, eventType: string): PostMark {
  return { event_type: eventType, event_payload: { key: deps.delivery.dedupeKey } };
}

/**
 * The ts of this outbox row's post in `channel` if an earlier run of its handler made it; asks Slack
 * only when such a run began (most deliveries are first runs).
 */
export async function postOfEarlierRun(
  deps: Pick<DeliveryDeps, 'delivery' | 'slack'>,
  channel: string,
  mark: PostMark,
): Promise<string | null> {
  if (deps.delivery.earlierRuns === 0) return null;
  return findEarlierPost(deps.slack, channel, mark, deps.delivery.createdAt);
}
