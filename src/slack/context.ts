import type { Locale } from '../i18n/index.ts';
import type { Logger } from '../logger.ts';
import type { AppServices } from '../services/index.ts';

/** What listeners need from the rest of the app; built in wiring.ts, replaced freely in tests. */
export interface SlackContext {
  logger: Logger;
  /** The user's locale (Slack's, cached), falling back to APP_LOCALE. */
  localeOf(slackUserId: string): Promise<Locale>;
  services: AppServices;
}
