// Starts the real Bolt app (createSlackApp) on a free port against a running fake Slack, with a generated
// bot token and signing secret: the setup every Slack integration test begins with.
import { randomBytes } from 'node:crypto';
import { type Locale, toLocale } from '../../src/i18n/index.ts';
import { createLogger } from '../../src/logger.ts';
import { createSlackApp, type SlackApp, type SlackAppOptions } from '../../src/slack/app.ts';
import type { SlackContext } from '../../src/slack/context.ts';
import { FakeSlack, type FakeSlackOptions, type FakeUser } from './fake-slack/index.ts';
import { SlackClient } from './slack-client.ts';

/** The context every test app has; `services` come from the test (see zhuqi-app.ts for the real ones). */
export type BaseContext = Omit<SlackContext, 'services'>;

/** Services for a test that never reaches them: any use says so plainly. */
function noServices(): SlackContext['services'] {
  return new Proxy({} as SlackContext['services'], {
    get(_target, name) {
      throw new Error(`this test app has no services (asked for ${String(name)}); use startZhuqiApp()`);
    },
  });
}

export interface AppUnderTestOptions {
  /**
   * Listener dependencies: fields to override on the default context, or a function that builds the whole
   * context from the default one (for dependencies the default does not have, e.g. repositories).
   */
  context?: Partial<SlackContext> | ((base: BaseContext) => SlackContext);
  /** More createSlackApp options (readiness, extraRoutes, logger…). */
  extra?: Partial<
    Omit<SlackAppOptions, 'botToken' | 'signingSecret' | 'appToken' | 'apiUrl' | 'port' | 'context'>
  >;
  /** Users of the fake workspace; their `locale` drives the default localeOf. */
  users?: FakeUser[];
  /** Locale for users without one in the fake directory (default `en`). */
  defaultLocale?: Locale;
  /** More fake Slack options (clock, team, trigger lifetime…). */
  fake?: Omit<FakeSlackOptions, 'tokens' | 'users'>;
  /** Log level of the app; default ZHUQI_TEST_LOG_LEVEL or `silent`. */
  logLevel?: string;
}

export interface AppUnderTest {
  fake: FakeSlack;
  /** Sends signed requests to the app. */
  client: SlackClient;
  /** The app as createSlackApp returned it; `app.app` is the Bolt App (register test-only listeners there). */
  app: SlackApp;
  /** `http://127.0.0.1:PORT` of the app. */
  baseUrl: string;
  botToken: string;
  signingSecret: string;
  context: SlackContext;
  stop(): Promise<void>;
}

export async function startAppUnderTest(options: AppUnderTestOptions = {}): Promise<AppUnderTest> {
  const botToken = `xoxb-test-${randomBytes(8).toString('hex')}`;
  const signingSecret = randomBytes(16).toString('hex');
  const fake = await new FakeSlack({ ...options.fake, tokens: [botToken], users: options.users }).start();

  try {
    const logger =
      options.extra?.logger ?? createLogger(options.logLevel ?? process.env.ZHUQI_TEST_LOG_LEVEL ?? 'silent');
    const fallback = options.defaultLocale ?? 'en';
    const base: BaseContext = {
      logger,
      // Simple on purpose: the user's Slack locale as configured in the fake directory. The production
      // localeOf (users.info with a cache) comes with wiring; tests of it pass their own context.
      localeOf: async (userId) => toLocale(fake.user(userId)?.locale, fallback),
    };
    const context =
      typeof options.context === 'function'
        ? options.context(base)
        : { ...base, services: noServices(), ...options.context };

    const app = createSlackApp({
      readiness: { check: async () => ({ slack: 'ok' }) },
      ...options.extra,
      logger,
      botToken,
      signingSecret,
      apiUrl: fake.url,
      port: 0,
      host: '127.0.0.1',
      context,
    });
    const port = await app.start();
    const baseUrl = `http://127.0.0.1:${port}`;
    let stopped = false;
    return {
      fake,
      client: new SlackClient(baseUrl, signingSecret, fake),
      app,
      baseUrl,
      botToken,
      signingSecret,
      context,
      async stop() {
        if (stopped) return;
        stopped = true;
        await app.stop();
        await fake.stop();
      },
    };
  } catch (err) {
    await fake.stop();
    throw err;
  }
}
