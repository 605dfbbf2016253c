// Who is asking: the Slack user mapped to a cadre of the directory, with their place in the
// organisation and their language. Unknown people get `null`; listeners answer them with
// `errors.not_in_directory` and write nothing.
import type { Actor } from '../domain/org/people.ts';
import type { Locale } from '../i18n/index.ts';
import type { CadreRecord } from '../persistence/org/org-repository.ts';
import type { SlackContext } from './context.ts';

export interface Caller {
  slackUserId: string;
  cadre: CadreRecord;
  actor: Actor;
  locale: Locale;
}

export async function identify(ctx: SlackContext, slackUserId: string): Promise<Caller | null> {
  const [cadre, locale] = await Promise.all([
    ctx.services.org.findCadreBySlackUser(slackUserId),
    ctx.localeOf(slackUserId),
  ]);
  if (!cadre) return null;
  return { slackUserId, cadre, actor: await ctx.services.org.actorOf(cadre), locale };
}
