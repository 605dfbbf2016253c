// The user's language (domain.md: every string in zh-CN and en): their Slack locale from users.info
// (include_locale), cached twice — on the cadre row for a week, so restarts and other processes reuse
// it, and in memory for minutes, so a busy listener does not read the row on every click. Slack
// users outside the directory have no row: only the memory cache remembers them. Whatever fails, the
// answer is APP_LOCALE (or the last known locale), never an error: a language is no reason to refuse.
import { type Locale, toLocale } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import type { CachedLocale, CadreLocaleStore } from '../../persistence/org/cadre-locale-store.ts';
import type { SlackLocaleSource } from './slack-locale-source.ts';
import { TtlLru } from './ttl-lru.ts';

export type LocaleOf = (slackUserId: string) => Promise<Locale>;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface LocaleResolverOptions {
  store: CadreLocaleStore;
  /** users.info; absent without a bot token (then the cached row or the fallback). */
  source?: SlackLocaleSource;
  /** APP_LOCALE. */
  fallback: Locale;
  logger: Logger;
  clock?: () => Date;
  /** How long a locale stored on the cadre row is trusted (default 7 days). */
  refreshAfterMs?: number;
  /** How long the in-process cache keeps an answer (default 10 minutes). */
  memoryTtlMs?: number;
  /** After a Slack error, how long the fallback is reused before Slack is asked again (default 1 minute). */
  errorTtlMs?: number;
  /** In-process cache size (default 2,000: the whole directory fits). */
  maxEntries?: number;
}

export function createLocaleResolver(options: LocaleResolverOptions): LocaleOf {
  const { store, source, fallback, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const refreshAfterMs = options.refreshAfterMs ?? 7 * DAY;
  const memoryTtlMs = options.memoryTtlMs ?? 10 * MINUTE;
  const errorTtlMs = options.errorTtlMs ?? MINUTE;
  const memory = new TtlLru<Locale>(options.maxEntries ?? 2000, () => clock().getTime());
  // Concurrent requests of one user (a click while the Home loads) share one lookup.
  const inFlight = new Map<string, Promise<Locale>>();

  async function readRow(slackUserId: string): Promise<CachedLocale | null | undefined> {
    try {
      return await store.read(slackUserId);
    } catch (err) {
      logger.warn({ err, slackUserId }, 'could not read the cached locale; asking Slack');
      return undefined;
    }
  }

  async function lookup(slackUserId: string): Promise<Locale> {
    const row = await readRow(slackUserId);
    const now = clock();
    const fresh = row?.fetchedAt && now.getTime() - row.fetchedAt.getTime() < refreshAfterMs;
    if (row && fresh) return remember(slackUserId, toLocale(row.locale, fallback), memoryTtlMs);
    if (!source) return remember(slackUserId, toLocale(row?.locale, fallback), memoryTtlMs);

    let fetched: string | null;
    try {
      fetched = await source(slackUserId);
    } catch (err) {
      logger.warn({ err, slackUserId }, 'users.info failed; using the last known locale or APP_LOCALE');
      return remember(slackUserId, toLocale(row?.locale, fallback), errorTtlMs);
    }
    if (row) {
      await store.write(slackUserId, fetched, now).catch((err: unknown) => {
        logger.warn({ err, slackUserId }, 'could not cache the locale on the cadre row');
      });
    }
    return remember(slackUserId, toLocale(fetched, fallback), memoryTtlMs);
  }

  function remember(slackUserId: string, locale: Locale, ttlMs: number): Locale {
    memory.set(slackUserId, locale, ttlMs);
    return locale;
  }

  return (slackUserId) => {
    const known = memory.get(slackUserId);
    if (known) return Promise.resolve(known);
    const pending = inFlight.get(slackUserId);
    if (pending) return pending;
    const started = lookup(slackUserId).finally(() => inFlight.delete(slackUserId));
    inFlight.set(slackUserId, started);
    return started;
  };
}
