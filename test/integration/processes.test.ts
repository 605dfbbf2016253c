// The entry points as an operator runs them: real child processes, real PostgreSQL and Redis, Slack
// replaced by the fake Web API over HTTP.
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEntry, runToExit } from '../support/child-entry.ts';
import { scratchDatabase, testDatabaseUrl } from '../support/database.ts';
import { FakeSlack } from '../support/fake-slack/index.ts';
import { freePort } from '../support/ports.ts';
import { startPrivateRedis } from '../support/private-redis.ts';
import { SlackClient } from '../support/slack-client.ts';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const botToken = 'xoxb-process-test';
const signingSecret = 'process-test-secret';

let fake: FakeSlack;
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await testDatabaseUrl();
  fake = await new FakeSlack({ tokens: [botToken] }).start();
});
afterAll(async () => {
  await fake.stop();
});

describe('configuration errors', () => {
  it('the web entry alone without Slack credentials stops with one line naming the variables', async () => {
    const { code, stderr } = await runToExit('src/main.ts', {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
    });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET/);
  });

  it('a malformed variable stops start-up with one line naming it', async () => {
    const { code, stderr } = await runToExit('src/main.ts', { PORT: 'eighty', SLACK_BOT_TOKEN: botToken });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('zhuqi: configuration error: PORT: expected a port number from 0 to 65535');
  });

  it('an unreachable database is named in one line', async () => {
    const port = await freePort();
    // 127.0.0.2 is not "local" for the starter, so nothing is started there.
    const { code, stderr } = await runToExit('src/main.ts', {
      DATABASE_URL: `postgresql://postgres@127.0.0.2:${port}/zhuqi`,
      REDIS_URL: redisUrl,
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
    });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/PostgreSQL does not answer at postgresql:\/\/postgres@127\.0\.0\.2/);
  });
});

describe('web entry', () => {
  it('serves Slack, /healthz and /readyz, reports a lost Redis, and stops on SIGTERM', async () => {
    const redis = await startPrivateRedis();
    const port = await freePort();
    const web = runEntry('src/main.ts', {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: fake.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      APP_LOCALE: 'en',
    });
    try {
      await web.waitForLog((l) => l.msg === 'web listening');
      const base = `http://127.0.0.1:${port}`;

      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);

      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', redis: 'ok' } });

      const reply = await new SlackClient(base, signingSecret, fake).command('/zhuqi', {
        userId: 'U0PROCESS1',
        text: 'help',
      });
      expect(reply.status).toBe(200);
      expect(JSON.stringify(reply.body)).toContain('/visit');

      await redis.stop();
      const lost = await fetch(`${base}/readyz`);
      expect(lost.status).toBe(503);
      const body = (await lost.json()) as { checks: Record<string, string> };
      expect(body.checks.database).toBe('ok');
      expect(body.checks.redis).not.toBe('ok');

      expect(await web.stop('SIGTERM')).toBe(0);
      expect(web.logs.some((l) => l.msg === 'stopped')).toBe(true);
    } finally {
      await web.stop('SIGKILL');
      await redis.stop();
    }
  });
});

describe('npm start without Slack credentials', () => {
  it('starts the local sandbox on 127.0.0.1, says so, serves /sandbox, and stops on SIGTERM', async () => {
    const port = await freePort();
    // An empty database of its own: start-up migrates it and loads the demo district into it.
    const scratch = await scratchDatabase('sandbox');
    const start = runEntry('src/start.ts', {
      DATABASE_URL: scratch.url,
      REDIS_URL: redisUrl,
      PORT: String(port),
      QUEUE_PREFIX: `zhuqi-sandbox-${process.pid}-${Date.now()}`,
    });
    try {
      const banner = await start.waitForLog((l) => String(l.msg).startsWith('zhuqi sandbox:'));
      const url = `http://127.0.0.1:${port}/sandbox`;
      expect(banner.msg).toBe(`zhuqi sandbox: ${url} — a local sandbox, nothing reaches Slack`);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('/sandbox/assets/app.js');
      const strings = await fetch(`${url}/api/strings`, { method: 'POST', body: '{}' });
      expect(((await strings.json()) as Record<string, { en: string }>)['sandbox.banner']?.en).toMatch(
        /local sandbox/,
      );
      expect(start.logs.some((l) => String(l.msg).includes('loaded the demo district'))).toBe(true);
      expect(await start.stop('SIGTERM')).toBe(0);
    } finally {
      await start.stop('SIGKILL');
      await scratch.drop();
    }
  });
});

describe('worker entry', () => {
  it('registers the job schedulers, runs, and stops on SIGTERM', async () => {
    const prefix = `zhuqi-test-${process.pid}-${Date.now()}`;
    const workers = runEntry('workers/main.ts', {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: prefix,
    });
    const queue = new Queue('maintenance', { connection: { url: redisUrl }, prefix });
    try {
      const running = await workers.waitForLog((l) => l.msg === 'workers running');
      expect(running.queues).toEqual(['maintenance', 'outbox', 'delivery', 'reminders', 'digests', 'visits']);
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key)).toContain('prune-processed-requests');
      expect(schedulers[0]?.tz).toBe('Asia/Shanghai');
      // A calendar job is retried when it fails (its ledger makes a second run harmless).
      const prune = schedulers.find((s) => s.key === 'prune-processed-requests');
      expect(prune?.template?.opts).toMatchObject({
        attempts: 6,
        backoff: { type: 'exponential', delay: 30_000 },
      });
      expect(await workers.stop('SIGTERM')).toBe(0);
    } finally {
      await workers.stop('SIGKILL');
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});
