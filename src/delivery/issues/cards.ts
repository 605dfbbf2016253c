// What the issue handlers share: the card as a given locale renders it today, and the app's direct
// message channel with a person.
import { localDateOf } from '../../calendar/index.ts';
import { type Locale, toLocale } from '../../i18n/index.ts';
import type { IssueCardData } from '../../persistence/issues/issue-card-data.ts';
import { issueCardBlocks, issueCardText } from '../../slack/views/issues/card.ts';
import type { DeliveryDeps } from '../topics.ts';

export function localeFor(deps: DeliveryDeps, cadreLocale: string | null | undefined): Locale {
  return toLocale(cadreLocale, deps.config.locale);
}

export function renderCard(deps: DeliveryDeps, card: IssueCardData, locale: Locale) {
  const today = localDateOf(deps.clock(), deps.config.timeZone);
  return {
    text: issueCardText(card, locale),
    blocks: issueCardBlocks(card, locale, { timeZone: deps.config.timeZone, today }),
  };
}

// The app's DM channel with a user never changes, so it is asked of Slack once per process.
const dmChannels = new Map<string, string>();
const DM_CACHE_LIMIT = 10_000;

export async function dmChannelOf(deps: DeliveryDeps, slackUserId: string): Promise<string> {
  const known = dmChannels.get(slackUserId);
  if (known) return known;
  const opened = (await deps.slack.call('conversations.open', { users: slackUserId })) as {
    channel?: { id?: string };
  };
  const id = opened.channel?.id;
  if (!id) throw new Error(`conversations.open gave no channel for ${slackUserId}`);
  if (dmChannels.size >= DM_CACHE_LIMIT) dmChannels.clear();
  dmChannels.set(slackUserId, id);
  return id;
}
