// The cadre row as the lasting cache of a user's Slack locale (cadres.locale + locale_fetched_at): it
// survives restarts and is shared by every web process, so users.info is asked about a cadre about
// once a week however many processes run.
import type { Db } from '../prisma.ts';

export interface CachedLocale {
  /** The Slack locale as users.info gave it (`zh-CN`, `en-US`…); null when Slack gave none. */
  locale: string | null;
  /** When it was fetched; null when never. */
  fetchedAt: Date | null;
}

export interface CadreLocaleStore {
  /** The cached locale of the active cadre with this Slack id; null when nobody in the directory has it. */
  read(slackUserId: string): Promise<CachedLocale | null>;
  /** Records a fresh answer; a Slack user outside the directory matches no row, so nothing is written. */
  write(slackUserId: string, locale: string | null, fetchedAt: Date): Promise<void>;
}

export function createCadreLocaleStore(db: Db): CadreLocaleStore {
  return {
    async read(slackUserId) {
      const row = await db.cadre.findFirst({
        where: { slackUserId, active: true },
        select: { locale: true, localeFetchedAt: true },
      });
      return row ? { locale: row.locale, fetchedAt: row.localeFetchedAt } : null;
    },
    async write(slackUserId, locale, fetchedAt) {
      await db.cadre.updateMany({
        where: { slackUserId, active: true },
        data: { locale, localeFetchedAt: fetchedAt },
      });
    },
  };
}
