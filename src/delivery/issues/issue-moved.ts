// `issue.moved`: tell a finder or owner, by direct message, of a move they did not make. The first
// message about an issue in their DM carries the card itself (kept as an IssueCard row, so later moves
// update it in place); after that a short notice says what happened and the card is refreshed by
// `issue.card`.
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
import type { TopicHandler } from '../topics.ts';
import { dmChannelOf, localeFor, renderCard } from './cards.ts';
import type { issueMovedTopic } from './topics.ts';

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
  const text = moveNoticeText(locale, card, fact, recipientId);
  if (await findIssueCard(deps.db, issueId, channel)) {
    await deps.slack.postMessage({ channel, text, blocks: noticeBlocks(locale, issueId, text) });
    return;
  }
  const rendered = renderCard(deps, card, locale);
  const posted = await deps.slack.postMessage({
    channel,
    text,
    blocks: [section(text), { type: 'divider' }, ...rendered.blocks],
  });
  if (posted.ts)
    await saveIssueCard(deps.db, issueId, { channelId: posted.channel ?? channel, ts: posted.ts });
};
