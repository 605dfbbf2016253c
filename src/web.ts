import type { CustomRoute } from '@slack/bolt';
import { missingSlackVariables } from './config/config.ts';
import { createSlackApp, type SlackApp } from './slack/app.ts';
import type { Wiring } from './wiring.ts';

/** Starts the Bolt app (with `extraRoutes` beside /slack/events); returns the running app and its port. */
export async function startWeb(
  wiring: Wiring,
  extraRoutes: CustomRoute[] = [],
): Promise<{ slack: SlackApp; port: number }> {
  const { config, logger } = wiring;
  const missing = missingSlackVariables(config);
  if (missing.length > 0) throw new Error(`set ${missing.join(' and ')}`);
  const slack = createSlackApp({
    botToken: config.slack.botToken as string,
    signingSecret: config.slack.signingSecret,
    appToken: config.slack.appToken,
    apiUrl: config.slack.apiUrl,
    port: config.http.port,
    host: config.http.host,
    logger,
    readiness: wiring.readiness,
    context: wiring.slackContext,
    extraRoutes,
  });
  const port = await slack.start();
  logger.info({ port, mode: config.slack.appToken ? 'socket' : 'http' }, 'web listening');
  return { slack, port };
}
