import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type CustomRoute, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../logger.ts';
import { toBoltLogger } from './bolt-logger.ts';
import type { SlackContext } from './context.ts';
import { registerListeners } from './listeners/index.ts';

export interface Readiness {
  /** Each dependency's state: `ok` or the reason it failed. */
  check(): Promise<Record<string, 'ok' | string>>;
}

export interface SlackAppOptions {
  botToken: string;
  signingSecret?: string;
  /** Socket Mode instead of the HTTP receiver. */
  appToken?: string;
  apiUrl?: string;
  port: number;
  host?: string;
  logger: Logger;
  readiness: Readiness;
  context: SlackContext;
  /** More HTTP routes served beside /slack/events (HTTP mode) or on the health port (Socket Mode). */
  extraRoutes?: CustomRoute[];
}

export interface SlackApp {
  app: App;
  /** Starts listening; resolves with the bound port (useful with port 0 in tests). */
  start(): Promise<number>;
  stop(): Promise<void>;
}

function healthRoutes(readiness: Readiness, logger: Logger): CustomRoute[] {
  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  return [
    { path: '/healthz', method: ['GET'], handler: (_req, res) => json(res, 200, { status: 'ok' }) },
    {
      path: '/readyz',
      method: ['GET'],
      handler: (_req, res) => {
        readiness
          .check()
          .then((checks) => {
            const ready = Object.values(checks).every((v) => v === 'ok');
            json(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not_ready', checks });
          })
          .catch((err: unknown) => {
            logger.error({ err }, 'readiness check failed');
            json(res, 503, { status: 'not_ready', error: String(err) });
          });
      },
    },
  ];
}

export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { logger } = options;
  const boltLogger = toBoltLogger(logger);
  const routes = [...healthRoutes(options.readiness, logger), ...(options.extraRoutes ?? [])];
  const clientOptions = options.apiUrl ? { slackApiUrl: options.apiUrl } : {};

  let receiver: HTTPReceiver | SocketModeReceiver;
  if (options.appToken) {
    receiver = new SocketModeReceiver({
      appToken: options.appToken,
      logger: boltLogger,
      customRoutes: routes,
      installerOptions: { port: options.port },
    });
  } else {
    if (!options.signingSecret) throw new Error('SLACK_SIGNING_SECRET is required without SLACK_APP_TOKEN');
    receiver = new HTTPReceiver({
      signingSecret: options.signingSecret,
      endpoints: '/slack/events',
      logger: boltLogger,
      customRoutes: routes,
      unhandledRequestTimeoutMillis: 2500,
    });
  }

  const app = new App({ token: options.botToken, receiver, logger: boltLogger, clientOptions });
  registerListeners(app, options.context);
  app.error(async (error) => {
    logger.error({ err: error, code: (error as { code?: string }).code }, 'unhandled Bolt error');
  });

  let server: Server | undefined;
  return {
    app,
    async start() {
      if (receiver instanceof HTTPReceiver) {
        server = (await receiver.start({ port: options.port, host: options.host ?? '0.0.0.0' })) as Server;
        return (server.address() as AddressInfo).port;
      }
      await app.start();
      return options.port;
    },
    async stop() {
      await app.stop();
    },
  };
}
