// Sends one day's reminder message to one person, exactly once (the delivery of topic reminder.send).
//
// 1. Claim the message (pending → sending) under a lease; a message sent or dead is left alone, one
//    claimed by a live attempt is retried later.
// 2. If an earlier attempt recorded the DM channel it may have posted before dying: look for the post's
//    metadata in the DM's history, and record that post instead of posting again.
// 3. Judge "now" on the sweep's timeline; a message whose day or working hours have passed is not sent
//    (tomorrow's sweep lists the issues again).
// 4. Re-read the issues: what was closed, resolved, snoozed or moved since the sweep is dropped.
// 5. Record the DM channel (an earlier reminder's, else conversations.open; renewing the lease), post
//    with the metadata, record the post.
import type { webApi } from '@slack/bolt';
import type { z } from 'zod';
import { localDateOf } from '../../calendar/index.ts';
import { findEarlierPost, type PostMark } from '../../delivery/earlier-post.ts';
import { PermanentSlackError } from '../../delivery/slack-errors.ts';
import type { SlackSender } from '../../delivery/slack-sender.ts';
import { type DeliveryDeps, PermanentDeliveryError, type TopicHandler } from '../../delivery/topics.ts';
import { loadWorkingCalendar } from '../../persistence/calendar/calendar-repository.ts';
import {
  type ClaimedMessage,
  claimMessage,
  holdForPosting,
  markMessageDead,
  markSent,
  markSettledEmpty,
  releaseClaim,
} from '../../persistence/reminders/reminder-claims.ts';
import { knownDmChannel } from '../../persistence/reminders/reminder-content.ts';
import { loadDeadlineSettings } from '../../persistence/settings/settings-repository.ts';
import { reminderMessage } from '../../slack/views/reminders/reminder-message.ts';
import { buildReminderModel } from './reminder-model.ts';
import type { reminderSend } from './reminder-topics.ts';

/**
 * A claim not renewed for this long belongs to an attempt presumed dead. One attempt takes two Web API
 * calls of at most 30 s each (the sender's timeout) plus pacing waits of at most 3 s, and renews the
 * claim just before posting, so five minutes is far beyond a live attempt.
 */
const CLAIM_LEASE_MS = 5 * 60_000;

/** Marks our posts, so a later attempt can recognise one in the DM's history. */
export const REMINDER_EVENT_TYPE = 'zhuqi_reminder';

const reminderMark = (messageId: bigint): PostMark => ({
  event_type: REMINDER_EVENT_TYPE,
  event_payload: { message_id: String(messageId) },
});

type Payload = z.output<typeof reminderSend.payload>;

/**
 * The sweep's instant plus the time since the message was written (both database clocks): the real
 * time in production, and still the right day when a sweep was run for another instant (`job run
 * --now`, tests), whose messages must not count as a day late.
 */
function sendingTime(at: string, m: ClaimedMessage): Date {
  return new Date(Date.parse(at) + Math.max(0, m.claimedAt.getTime() - m.createdAt.getTime()));
}

async function openDm(slack: SlackSender, userId: string): Promise<string> {
  const answer = (await slack.call('conversations.open', {
    users: userId,
  })) as webApi.ConversationsOpenResponse;
  const id = answer.channel?.id;
  if (!id) throw new PermanentDeliveryError(`conversations.open gave no channel for ${userId}`);
  return id;
}

async function sendClaimed(m: ClaimedMessage, payload: Payload, deps: DeliveryDeps): Promise<string> {
  const fence = { id: m.id, token: m.token };
  // First of all: a post an earlier attempt made stands, whatever has changed since.
  if (m.channelId) {
    const ts = await findEarlierPost(deps.slack, m.channelId, reminderMark(m.id), m.createdAt);
    if (ts) {
      await markSent(deps.db, fence, { channelId: m.channelId, ts });
      return 'found-earlier-post';
    }
  }
  const { timeZone, locale } = deps.config;
  const now = sendingTime(payload.at, m);
  const [calendar, settings] = await Promise.all([
    loadWorkingCalendar(deps.db),
    loadDeadlineSettings(deps.db),
  ]);
  if (
    localDateOf(now, timeZone) !== m.localDate ||
    !calendar.isWorkingTime(now, settings.workingHours, timeZone)
  ) {
    await markMessageDead(deps.db, fence, `expired: not sent within the working hours of ${m.localDate}`);
    return 'expired';
  }
  const built = await buildReminderModel(deps.db, {
    recipientId: m.recipientId,
    localDate: m.localDate,
    now,
    timeZone,
    fallbackLocale: locale,
  });
  const userId = built?.recipient.active ? built.recipient.slackUserId : null;
  if (!built || !userId) {
    await markMessageDead(deps.db, fence, 'the recipient has left the directory or has no Slack account');
    return 'unreachable';
  }
  const items = built.model.items.filter((i) => i.state === 'active');
  if (items.length === 0) {
    await markSettledEmpty(deps.db, fence);
    return 'nothing-left';
  }
  const channel =
    m.channelId ?? (await knownDmChannel(deps.db, m.recipientId)) ?? (await openDm(deps.slack, userId));
  // Taken over by another attempt since our claim: it sends; we must not.
  if (!(await holdForPosting(deps.db, fence, channel))) return 'taken-over';
  const rendered = reminderMessage({ ...built.model, items });
  const posted = await deps.slack.postMessage({
    channel,
    text: rendered.text,
    blocks: rendered.blocks,
    metadata: reminderMark(m.id),
  });
  if (!posted.ts) throw new PermanentDeliveryError('chat.postMessage answered without a ts');
  await markSent(deps.db, fence, { channelId: posted.channel ?? channel, ts: posted.ts });
  return 'sent';
}

export const sendReminderMessage: TopicHandler<Payload> = async (payload, deps) => {
  const claim = await claimMessage(deps.db, BigInt(payload.messageId), CLAIM_LEASE_MS);
  if (claim.outcome === 'settled') return;
  if (claim.outcome === 'busy') {
    // Retried with backoff until that attempt finishes or its lease runs out.
    throw new Error(
      `reminder message ${payload.messageId} is claimed by another attempt since ${claim.claimedAt.toISOString()}`,
    );
  }
  const m = claim.message;
  try {
    const outcome = await sendClaimed(m, payload, deps);
    deps.logger.info(
      { messageId: payload.messageId, recipientId: m.recipientId, outcome },
      'reminder message settled',
    );
  } catch (error) {
    const fence = { id: m.id, token: m.token };
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (error instanceof PermanentSlackError || error instanceof PermanentDeliveryError) {
      await markMessageDead(deps.db, fence, reason);
    } else {
      // Back to pending for the retry. A channel already recorded makes that retry look for a post
      // this attempt might have made (a timeout after Slack accepted it) before posting again.
      await releaseClaim(deps.db, fence, reason);
    }
    throw error;
  }
};
