// `npm start` without Slack credentials: the web app and the workers against the local Slack stand-in,
// the demo district loaded on first start, and the sandbox page at /sandbox (issue 5).
import { startWorkers, type WorkersHandle } from '../../workers/runner.ts';
import type { Config } from '../config/config.ts';
import type { Logger } from '../logger.ts';
import { onShutdown } from '../process/bootstrap.ts';
import type { SlackApp } from '../slack/app.ts';
import { startWeb } from '../web.ts';
import { createWiring } from '../wiring.ts';
import { prepareDemoWorkspace } from './demo-workspace.ts';
import { startLocalSlack } from './local-slack.ts';
import { SlackClient } from './slack-client.ts';
import { sandboxRoutes } from './web/routes.ts';

export async function startSandbox(given: Config, logger: Logger): Promise<void> {
  const local = await startLocalSlack(given);
  const { config } = local;
  const wiring = createWiring(config, logger);
  let workers: WorkersHandle | undefined;
  let web: SlackApp | undefined;
  onShutdown(logger, async () => {
    await web?.stop();
    await workers?.close();
    await wiring.close();
    await local.slack.stop();
  });

  const demo = await prepareDemoWorkspace(wiring.db, local.slack, config.locale);
  if (demo.seeded) logger.info('the database was empty: loaded the demo district (seed demo)');
  let client: SlackClient | undefined;
  const routes = sandboxRoutes({
    slack: local.slack,
    client: () => {
      if (!client) throw new Error('the app is not listening yet');
      return client;
    },
    db: wiring.db,
    config,
    logger,
    channels: demo.channels,
  });
  workers = await startWorkers(wiring);
  const started = await startWeb(wiring, routes);
  web = started.slack;
  const origin = `http://${config.http.host}:${started.port}`;
  client = new SlackClient(origin, local.signingSecret, local.slack);
  const url = `${origin}/sandbox`;
  logger.info(
    { url, slackApi: local.slack.url },
    `zhuqi sandbox: ${url} — a local sandbox, nothing reaches Slack`,
  );
}
