// `issue.moved`: tell a finder or owner, by direct message, of a move they did not make. The first
// message about an issue in their DM carries the card itself (kept as an IssueCard row, so later moves
// update it in place); after that a short notice says what happened and the card is refreshed by
// `issue.card`. Exactly once: every post carries the outbox row's key as metadata, and a run that
// follows an earlier one (which may have died after Slack accepted its post) looks for it first.
import type { z } from 'zod';
import { loadIssueCardData } from '../../persistence/issues/issue-card-data.ts';
import {
  findIssueCard,
  findRecipient,
  loadMoveFact,
  saveIssueCard,
} from '../../persistence/issues/issue-cards.ts';
import { section } from '../../slack/views/issues/blocks.ts';
import { moveNoticeText, noticeBlocks } from '../../slack/views/issues/notices.ts';
import { outboxPostMark, postOfEarlierRun } from '../earlier-post.ts';
import type { TopicHandler } from '../topics.ts';
import { dmChannelOf, localeFor, renderCard } from './cards.ts';
import type { issueMovedTopic } from './topics.ts';

/** Marks our issue notices in a DM's history. */
export const ISSUE_NOTICE_EVENT_TYPE = 'zhuqi_issue_notice';

export const notifyIssueMoved: TopicHandler<z.output<typeof issueMovedTopic.payload>> = async (
  payload,
  deps,
) => {
  const { issueId, eventId, recipientId } = payload;
  const [card, fact, recipient] = await Promise.all([
    loadIssueCardData(deps.db, issueId),
    loadMoveFact(deps.db, issueId, eventId),
    findRecipient(deps.db, recipientId),
  ]);
  // Nothing to say, or nobody to say it to in Slack: done, not a failure worth retrying.
  if (!card || !fact || !recipient?.slackUserId) {
    deps.logger.info(
      { issueId, eventId, recipientId },
      'issue notice not sent: issue, move or Slack user missing',
    );
    return;
  }
  const locale = localeFor(deps, recipient.locale);
  const channel = await dmChannelOf(deps, recipient.slackUserId);
  const hasCard = await findIssueCard(deps.db, issueId, channel);
  const mark = outboxPostMark(deps, ISSUE_NOTICE_EVENT_TYPE);
  const earlier = await postOfEarlierRun(deps, channel, mark);
  if (earlier) {
    deps.logger.info({ issueId, channel, ts: earlier }, 'issue notice already posted by an earlier run');
    // That run may have died before keeping its card: this post is the card.
    if (!hasCard) await saveIssueCard(deps.db, issueId, { channelId: channel, ts: earlier });
    return;
  }
  const text = moveNoticeText(locale, card, fact, recipientId);
  if (hasCard) {
    await deps.slack.postMessage({
      channel,
      text,
      blocks: noticeBlocks(locale, issueId, text),
      metadata: mark,
    });
    return;
  }
  const rendered = renderCard(deps, card, locale);
  const posted = await deps.slack.postMessage({
    channel,
    text,
    blocks: [section(text), { type: 'divider' }, ...rendered.blocks],
    metadata: mark,
  });
  if (posted.ts)
    await saveIssueCard(deps.db, issueId, { channelId: posted.channel ?? channel, ts: posted.ts });
};
