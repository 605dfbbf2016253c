// `issue.dispatch`: the dispatch room's triage channel hears of work for it. An issue it has not seen
// is posted as a card with the routing controls; one it has (returned as misrouted, handed up again,
// an extension to decide) gets a reply in the card's thread, also shown in the channel, while the card
// itself is refreshed by `issue.card`. Posted once: marked with the outbox row's key, and looked for
// first when an earlier run of this delivery began (src/delivery/earlier-post.ts).
import type { z } from 'zod';
import { loadIssueCardData } from '../../persistence/issues/issue-card-data.ts';
import { findIssueCard, loadMoveFact, saveIssueCard } from '../../persistence/issues/issue-cards.ts';
import { createOrgRepository } from '../../persistence/org/org-repository.ts';
import { escapeMrkdwn } from '../../slack/views/escape.ts';
import { section } from '../../slack/views/issues/blocks.ts';
import { dispatchReplyText } from '../../slack/views/issues/notices.ts';
import { outboxPostMark, postOfEarlierRun } from '../earlier-post.ts';
import type { TopicHandler } from '../topics.ts';
import { localeFor, renderCard } from './cards.ts';
import type { issueDispatchTopic } from './topics.ts';

/** Marks our posts in the dispatch room's history. */
export const DISPATCH_POST_EVENT_TYPE = 'zhuqi_dispatch_post';

export const postToDispatch: TopicHandler<z.output<typeof issueDispatchTopic.payload>> = async (
  payload,
  deps,
) => {
  const { issueId, eventId } = payload;
  const room = await createOrgRepository(deps.db).dispatchRoom();
  if (!room?.slackChannelId) {
    deps.logger.warn({ issueId }, 'no dispatch room channel configured; triage post skipped');
    return;
  }
  const channel = room.slackChannelId;
  const [card, fact, existing] = await Promise.all([
    loadIssueCardData(deps.db, issueId),
    loadMoveFact(deps.db, issueId, eventId),
    findIssueCard(deps.db, issueId, channel),
  ]);
  if (!card) return;
  const mark = outboxPostMark(deps, DISPATCH_POST_EVENT_TYPE);
  const earlier = await postOfEarlierRun(deps, channel, mark);
  if (earlier) {
    // That run may have died before keeping its card: a top-level post is the card.
    if (!existing) await saveIssueCard(deps.db, issueId, { channelId: channel, ts: earlier });
    return;
  }
  const locale = localeFor(deps, null);
  const { t } = deps.i18n;
  if (existing && fact) {
    await deps.slack.postMessage({
      channel,
      thread_ts: existing.ts,
      reply_broadcast: true,
      text: dispatchReplyText(locale, card, fact),
      metadata: mark,
    });
    return;
  }
  if (existing) return;
  const headline =
    fact?.kind === 'extension_requested'
      ? dispatchReplyText(locale, card, fact)
      : t(locale, 'issue.notice.queue', { id: card.id, title: escapeMrkdwn(card.title) });
  const rendered = renderCard(deps, card, locale);
  const posted = await deps.slack.postMessage({
    channel,
    text: headline,
    blocks: [section(headline), ...rendered.blocks],
    metadata: mark,
  });
  if (posted.ts)
    await saveIssueCard(deps.db, issueId, { channelId: posted.channel ?? channel, ts: posted.ts });
};
