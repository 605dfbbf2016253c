// users.info with include_locale, through its own WebClient: the resolver runs before a listener acks,
// so a slow or failing Slack must cost at most `timeoutMs`, never the WebClient's default minutes of
// retries. The resolver falls back to APP_LOCALE on any error thrown here.
import { webApi } from '@slack/bolt';
import type { Logger } from '../../logger.ts';
import { toBoltLogger } from '../bolt-logger.ts';

/** The user's Slack locale (`zh-CN`, `en-US`…), or null when Slack has none; throws on a Slack error. */
export type SlackLocaleSource = (slackUserId: string) => Promise<string | null>;

export interface SlackLocaleSourceOptions {
  token: string;
  /** config.slack.apiUrl: the Web API base (tests point it at the fake). */
  apiUrl?: string;
  logger: Logger;
  /** Per call; default 1 s, well inside the 3 s Slack gives an ack. */
  timeoutMs?: number;
}

export function slackLocaleSource(options: SlackLocaleSourceOptions): SlackLocaleSource {
  const client = new webApi.WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    logger: toBoltLogger(options.logger.child({ component: 'locale' })),
    timeout: options.timeoutMs ?? 1000,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  return async (slackUserId) => {
    const answer = await client.users.info({ user: slackUserId, include_locale: true });
    return answer.user?.locale ?? null;
  };
}
