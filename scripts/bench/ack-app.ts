// One app under measurement for scripts/bench/slack-acks.ts, in its own process so the load generator
// and the fake Slack do not share its event loop: `zhuqi` is the production web side (config →
// wiring → Bolt, as src/main.ts builds it), `workers` its workers (as workers/main.ts starts them,
// writing the accepted visits); `bare` is a Bolt app that only acks. Configured by the usual
// environment variables; prints `{"port":N}` once listening (0 for the workers), stops on SIGTERM.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import { loadConfig } from '../../src/config/config.ts';
import { createLogger } from '../../src/logger.ts';
import { VISIT_CALLBACK } from '../../src/slack/ids/visit.ts';
import { startWeb } from '../../src/web.ts';
import { createWiring } from '../../src/wiring.ts';
import { startWorkers } from '../../workers/runner.ts';

const config = loadConfig();
const logger = createLogger(config.logLevel, { component: 'bench' });

async function startBare(): Promise<{ port: number; stop: () => Promise<void> }> {
  const receiver = new HTTPReceiver({
    signingSecret: config.slack.signingSecret as string,
    endpoints: '/slack/events',
    unhandledRequestTimeoutMillis: 2500,
  });
  const app = new App({
    token: config.slack.botToken,
    receiver,
    clientOptions: { slackApiUrl: config.slack.apiUrl },
  });
  app.command('/visit', async ({ ack }) => ack());
  app.view(VISIT_CALLBACK, async ({ ack }) => ack());
  const server = (await receiver.start({ port: config.http.port, host: config.http.host })) as Server;
  return {
    port: (server.address() as AddressInfo).port,
    stop: async () => {
      await app.stop();
    },
  };
}

async function startZhuqi(): Promise<{ port: number; stop: () => Promise<void> }> {
  const wiring = createWiring(config, logger);
  const { slack, port } = await startWeb(wiring);
  return {
    port,
    stop: async () => {
      await slack.stop();
      await wiring.close();
    },
  };
}

async function startZhuqiWorkers(): Promise<{ port: number; stop: () => Promise<void> }> {
  const wiring = createWiring(config, logger);
  const workers = await startWorkers(wiring);
  return {
    port: 0,
    stop: async () => {
      await workers.close();
      await wiring.close();
    },
  };
}

const kind = process.argv[2];
const running =
  kind === 'bare' ? await startBare() : kind === 'workers' ? await startZhuqiWorkers() : await startZhuqi();
process.stdout.write(`${JSON.stringify({ port: running.port })}\n`);
process.on('SIGTERM', () => {
  running.stop().finally(() => process.exit(0));
});
