// Posts one stored digest, at most once per channel and date, whoever runs it and however often.
//
//   1. The entry was written with its figures before this runs (./digest-service.ts); sent or dead → done.
//   2. Under the entry's advisory lock (one sender at a time; the lock dies with its process):
//      pending → mark `sending` (committed), post with metadata {event_type zhuqi_digest, entryId},
//      mark `sent` with the message ts.
//   3. An entry found `sending` under the lock means an earlier sender may have posted and died before
//      recording it: the channel's history is searched for the entry's metadata first, and only when
//      it is not there is the digest posted.
// Slack has no idempotency key for chat.postMessage; this ledger plus the history check stands in.
import type { z } from 'zod';
import { findEarlierPost } from '../../delivery/earlier-post.ts';
import { PermanentSlackError, SlackSendDeferred } from '../../delivery/slack-errors.ts';
import type { DeliveryDeps, TopicHandler } from '../../delivery/topics.ts';
import { PermanentDeliveryError } from '../../delivery/topics.ts';
import { readDailyFigures, readSupervisionFigures } from '../../domain/digests/index.ts';
import { type Locale, toLocale } from '../../i18n/index.ts';
import {
  type DigestEntryRow,
  findEntryById,
  markDead,
  markPending,
  markSending,
  markSent,
  withEntryLock,
} from '../../persistence/digests/digest-entries.ts';
import { type DigestMessage, dailyDigestMessage } from '../../slack/views/digests/daily.ts';
import { supervisionMessage } from '../../slack/views/digests/supervision.ts';
import { DIGEST_EVENT_TYPE, type digestTopic } from './topic.ts';

/** Longer than any single post can take through the sender (its waits are bounded per delivery). */
const LOCK_TIMEOUT_MS = 5 * 60_000;

/** Another process holds the entry right now; the delivery retries later and finds it settled. */
export class DigestBusyError extends Error {
  override readonly name = 'DigestBusyError';
}

async function localeFor(deps: DeliveryDeps, entry: DigestEntryRow): Promise<Locale> {
  const sub = await deps.db.channelSubscription.findUnique({
    where: {
      channelId_kind: { channelId: entry.channelId, kind: entry.kind === 'daily' ? 'digest' : 'supervision' },
    },
    select: { locale: true },
  });
  return toLocale(sub?.locale, deps.config.locale);
}

async function previousFigures(
  deps: DeliveryDeps,
  comparedWith: { entryId: string } | null,
): Promise<unknown> {
  if (!comparedWith) return null;
  return (await findEntryById(deps.db, BigInt(comparedWith.entryId)))?.figures ?? null;
}

/** The message exactly as stored: figures and the previous digest's figures they are compared with. */
async function render(deps: DeliveryDeps, entry: DigestEntryRow): Promise<DigestMessage> {
  const locale = await localeFor(deps, entry);
  if (entry.kind === 'daily') {
    const figures = readDailyFigures(entry.figures);
    if (!figures) throw new PermanentDeliveryError(`digest entry ${entry.id} holds unreadable figures`);
    return dailyDigestMessage(
      figures,
      readDailyFigures(await previousFigures(deps, figures.comparedWith)),
      locale,
    );
  }
  const figures = readSupervisionFigures(entry.figures);
  if (!figures) throw new PermanentDeliveryError(`digest entry ${entry.id} holds unreadable figures`);
  return supervisionMessage(
    figures,
    readSupervisionFigures(await previousFigures(deps, figures.comparedWith)),
    locale,
  );
}

type Outcome = 'posted' | 'found' | 'settled';

async function sendLocked(deps: DeliveryDeps, id: bigint): Promise<Outcome> {
  // Read again under the lock: the previous holder may have finished a moment ago.
  const entry = await findEntryById(deps.db, id);
  if (!entry || entry.status === 'sent' || entry.status === 'dead') return 'settled';
  const message = await render(deps, entry);
  try {
    if (entry.status === 'sending') {
      const ts = await findEarlierPost(
        deps.slack,
        entry.channelId,
        { event_type: DIGEST_EVENT_TYPE, event_payload: { entryId: String(entry.id) } },
        entry.createdAt,
      );
      if (ts) {
        await markSent(deps.db, id, ts, deps.clock());
        return 'found';
      }
    }
  } catch (error) {
    // The history cannot be read for good (the bot is not in the channel, or lacks channels:history):
    // whether the digest is there cannot be known, and posting blind could post it twice.
    if (error instanceof PermanentSlackError) await markDead(deps.db, id);
    throw error;
  }
  await markSending(deps.db, id);
  try {
    const posted = await deps.slack.postMessage({
      channel: entry.channelId,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
      metadata: {
        event_type: DIGEST_EVENT_TYPE,
        event_payload: { entryId: String(id), kind: entry.kind, localDate: entry.localDate },
      },
    });
    if (!posted.ts) throw new Error('chat.postMessage answered without a ts');
    await markSent(deps.db, id, posted.ts, deps.clock());
    return 'posted';
  } catch (error) {
    // Slack refused for good (channel gone, bot removed): nothing was posted, and trying again gets the
    // same answer, so the entry is settled as dead. A wait (our pacing, or Slack's 429) means nothing
    // was posted either: back to pending, so the next attempt posts without searching the history.
    // Anything else (a timeout, a 5xx) leaves `sending`: the post may have landed.
    if (error instanceof PermanentSlackError) await markDead(deps.db, id);
    else if (error instanceof SlackSendDeferred) await markPending(deps.db, id);
    throw error;
  }
}

export const postDigest: TopicHandler<z.output<typeof digestTopic.payload>> = async ({ entryId }, deps) => {
  const id = BigInt(entryId);
  const entry = await findEntryById(deps.db, id);
  if (!entry) throw new PermanentDeliveryError(`digest entry ${entryId} does not exist`);
  if (entry.status === 'sent' || entry.status === 'dead') return;
  const result = await withEntryLock(deps.db, id, () => sendLocked(deps, id), LOCK_TIMEOUT_MS);
  if (!result.locked) throw new DigestBusyError(`digest entry ${entryId} is being sent by another process`);
  deps.logger.info(
    { entryId, channel: entry.channelId, kind: entry.kind, outcome: result.value },
    'digest delivered',
  );
};
