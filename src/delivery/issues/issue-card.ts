// `issue.card`: every card of the issue (direct messages, the dispatch room's post) redrawn in place
// with chat.update from the issue as it is now, so cards refreshed out of order still end right. A
// card in someone's DM speaks their language; the dispatch room's speaks the app's.
import type { z } from 'zod';
import type { Locale } from '../../i18n/index.ts';
import { loadIssueCardData } from '../../persistence/issues/issue-card-data.ts';
import { forgetIssueCard, issueCards, peopleOfIssue } from '../../persistence/issues/issue-cards.ts';
import { PermanentSlackError } from '../slack-errors.ts';
import type { DeliveryDeps, TopicHandler } from '../topics.ts';
import { dmChannelOf, localeFor, renderCard } from './cards.ts';
import type { issueCardTopic } from './topics.ts';

/** Slack's answers meaning the card is gone for good (deleted message, left channel). */
const CARD_GONE = new Set(['message_not_found', 'channel_not_found', 'cant_update_message', 'is_archived']);

async function dmLocales(deps: DeliveryDeps, issueId: number): Promise<Map<string, Locale>> {
  const locales = new Map<string, Locale>();
  for (const person of await peopleOfIssue(deps.db, issueId)) {
    if (!person.slackUserId) continue;
    locales.set(await dmChannelOf(deps, person.slackUserId), localeFor(deps, person.locale));
  }
  return locales;
}

export const refreshIssueCards: TopicHandler<z.output<typeof issueCardTopic.payload>> = async (
  { issueId },
  deps,
) => {
  const cards = await issueCards(deps.db, issueId);
  if (cards.length === 0) return;
  const card = await loadIssueCardData(deps.db, issueId);
  if (!card) return;
  const locales = cards.some((c) => c.channelId.startsWith('D')) ? await dmLocales(deps, issueId) : new Map();
  for (const stored of cards) {
    const locale = locales.get(stored.channelId) ?? localeFor(deps, null);
    try {
      await deps.slack.update({
        channel: stored.channelId,
        ts: stored.ts,
        ...renderCard(deps, card, locale),
      });
    } catch (error) {
      if (!(error instanceof PermanentSlackError && CARD_GONE.has(error.code))) throw error;
      deps.logger.info(
        { issueId, channel: stored.channelId, code: error.code },
        'issue card gone; forgotten',
      );
      await forgetIssueCard(deps.db, issueId, stored.channelId);
    }
  }
};
