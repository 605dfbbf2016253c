// Local mode (issue 5): without Slack credentials, `npm start` talks to the Slack stand-in instead.
// The token and signing secret are made up in this process, so nothing can reach a real workspace
// and nothing outside this machine can sign a request the app would accept.
import { randomBytes } from 'node:crypto';
import type { Config } from '../config/config.ts';
import { FakeSlack } from './slack-api/index.ts';

/** The sandbox is for the person at this machine only: every listener binds the loopback address. */
export const SANDBOX_HOST = '127.0.0.1';

export interface LocalSlack {
  slack: FakeSlack;
  /** The config with the stand-in's URL, the made-up credentials and the loopback host. */
  config: Config;
  signingSecret: string;
}

export async function startLocalSlack(config: Config): Promise<LocalSlack> {
  const botToken = `xoxb-sandbox-${randomBytes(12).toString('hex')}`;
  const signingSecret = randomBytes(24).toString('hex');
  // Real time: trigger ids expire after Slack's 3 s, so the sandbox shows the same timing rules.
  const slack = await new FakeSlack({ host: SANDBOX_HOST, tokens: [botToken] }).start();
  return {
    slack,
    signingSecret,
    config: {
      ...config,
      slack: { botToken, signingSecret, apiUrl: slack.url, localeCacheMs: 0 },
      http: { ...config.http, host: SANDBOX_HOST },
    },
  };
}
