// The production `localeOf` of SlackContext, built by wiring.ts from the config and the database.
import type { Locale } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import { createCadreLocaleStore } from '../../persistence/org/cadre-locale-store.ts';
import type { Db } from '../../persistence/prisma.ts';
import { createLocaleResolver, type LocaleOf } from './locale-resolver.ts';
import { slackLocaleSource } from './slack-locale-source.ts';

export { createLocaleResolver, type LocaleOf, type LocaleResolverOptions } from './locale-resolver.ts';
export { type SlackLocaleSource, slackLocaleSource } from './slack-locale-source.ts';

export interface SlackLocaleOptions {
  db: Db;
  logger: Logger;
  clock: () => Date;
  /** APP_LOCALE. */
  fallback: Locale;
  /** config.slack: without a bot token (workers, CLI) only the cached rows and the fallback are used. */
  slack: { botToken?: string; apiUrl?: string; localeCacheMs?: number };
}

export function createSlackLocaleOf(options: SlackLocaleOptions): LocaleOf {
  const { botToken, apiUrl } = options.slack;
  return createLocaleResolver({
    store: createCadreLocaleStore(options.db),
    source: botToken ? slackLocaleSource({ token: botToken, apiUrl, logger: options.logger }) : undefined,
    fallback: options.fallback,
    logger: options.logger,
    clock: options.clock,
    ...(options.slack.localeCacheMs === undefined
      ? {}
      : { refreshAfterMs: options.slack.localeCacheMs, memoryTtlMs: options.slack.localeCacheMs }),
  });
}
