// The not-in-directory message (domain.md "Roles": anyone without a cadre record gets a clear message
// saying so and whom to ask; nothing is written). Whom to ask comes from the directory itself: the
// dispatch room's lead (a mention the reader can click) and its channel, when they are set. Only
// reads happen here.
import { type Locale, t } from '../i18n/index.ts';
import type { SlackContext } from './context.ts';
import { escapeMrkdwn } from './views/escape.ts';

async function dispatchContact(ctx: SlackContext): Promise<{ lead?: string; channel?: string }> {
  const room = await ctx.services.org.dispatchRoom();
  if (!room) return {};
  const [lead] = room.leadCadreId === null ? [] : await ctx.services.org.findCadres([room.leadCadreId]);
  const leadText = lead
    ? lead.slackUserId
      ? `${escapeMrkdwn(lead.name)} (<@${lead.slackUserId}>)`
      : escapeMrkdwn(lead.name)
    : undefined;
  return { lead: leadText, channel: room.slackChannelId ? `<#${room.slackChannelId}>` : undefined };
}

/** The whole message in the reader's language, naming the dispatch room's contacts when known. */
export async function notInDirectoryText(
  ctx: SlackContext,
  slackUserId: string,
  locale: Locale,
): Promise<string> {
  const lines = [t(locale, 'errors.not_in_directory')];
  try {
    const contact = await dispatchContact(ctx);
    if (contact.lead) lines.push(t(locale, 'errors.not_in_directory.lead', { lead: contact.lead }));
    if (contact.channel)
      lines.push(t(locale, 'errors.not_in_directory.channel', { channel: contact.channel }));
  } catch (err) {
    // The generic text already says whom to ask; a failed lookup must not hide it.
    ctx.logger.warn({ err }, 'could not look up the dispatch room for the not-in-directory message');
  }
  lines.push(t(locale, 'errors.not_in_directory.your_id', { id: escapeMrkdwn(slackUserId) }));
  return lines.join('\n');
}
