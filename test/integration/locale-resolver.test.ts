// The production locale resolver against the fake Slack Web API and real PostgreSQL: users.info with
// include_locale once, then the in-process cache; the cadre row as the lasting cache (shared by
// processes, refreshed after a week); APP_LOCALE when Slack fails; and its wiring.
import { type Logger, pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { createSlackLocaleOf, type LocaleOf } from '../../src/slack/locale/index.ts';
import { createWiring } from '../../src/wiring.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { FakeSlack } from '../support/fake-slack/index.ts';
import { homeFixtures, rowCounts } from '../support/home-fixtures.ts';

const TOKEN = 'xoxb-locale-test';
const ZH = 'U0ZHCADRE1';
const EN = 'U0ENCADRE1';
const STRANGER = 'U0STRANGER';
const JA = 'U0JACADRE1';
const DAY = 86_400_000;
const USERS = [
  { id: ZH, name: 'zh', locale: 'zh-CN' },
  { id: EN, name: 'en', locale: 'en-US' },
  { id: STRANGER, name: 'stranger', locale: 'en-GB' },
  { id: JA, name: 'ja', locale: 'ja-JP' },
];

let db: TestDatabase;
let fake: FakeSlack;
let now: Date;
let logs: Array<{ level: number; msg: string; slackUserId?: string }>;
let logger: Logger;

beforeAll(async () => {
  db = await freshDatabase();
  fake = await new FakeSlack({ tokens: [TOKEN] }).start();
});

afterAll(async () => {
  await fake?.stop();
  await db?.close();
});

beforeEach(async () => {
  await db.reset();
  fake.reset();
  // A test may change someone's Slack language: every test starts from these.
  for (const user of USERS) fake.addUser({ ...user });
  now = new Date('2026-11-26T02:00:00Z');
  logs = [];
  logger = pino({ level: 'warn' }, { write: (line: string) => logs.push(JSON.parse(line)) });
  const f = homeFixtures(db.prisma);
  await f.cadre({ name: '王伟', slackUserId: ZH });
  await f.cadre({ name: 'Anna', slackUserId: EN });
  await f.cadre({ name: '田中', slackUserId: JA });
});

function resolver(options: { token?: string; fallback?: 'zh-CN' | 'en' } = {}): LocaleOf {
  return createSlackLocaleOf({
    db: db.prisma,
    logger,
    clock: () => now,
    fallback: options.fallback ?? 'zh-CN',
    slack: { botToken: 'token' in options ? options.token : TOKEN, apiUrl: fake.url },
  });
}

const usersInfo = () => fake.calls('users.info');
const row = (slackUserId: string) =>
  db.prisma.cadre.findFirst({ where: { slackUserId }, select: { locale: true, localeFetchedAt: true } });

describe('locale resolver', () => {
  it('asks users.info with include_locale once, then answers from memory', async () => {
    const localeOf = resolver();
    expect(await localeOf(EN)).toBe('en');
    expect(await localeOf(EN)).toBe('en');
    expect(await localeOf(ZH)).toBe('zh-CN');
    expect(usersInfo().map((c) => c.args)).toEqual([
      { user: EN, include_locale: 'true' }, // form-encoded on the wire
      { user: ZH, include_locale: 'true' },
    ]);
    expect(usersInfo()[0]?.token).toBe(TOKEN);
  });

  it('shares one lookup between concurrent requests', async () => {
    const localeOf = resolver();
    const answers = await Promise.all(Array.from({ length: 5 }, () => localeOf(EN)));
    expect(answers).toEqual(Array(5).fill('en'));
    expect(usersInfo()).toHaveLength(1);
  });

  it('keeps the answer on the cadre row, which another process reuses for a week', async () => {
    await resolver()(EN);
    expect(await row(EN)).toEqual({ locale: 'en-US', localeFetchedAt: now });

    // Another process (a fresh resolver) reads the row instead of asking Slack.
    fake.reset();
    now = new Date(now.getTime() + 6 * DAY);
    expect(await resolver()(EN)).toBe('en');
    expect(usersInfo()).toHaveLength(0);

    // After a week the row is stale: Slack is asked again and the row refreshed.
    now = new Date(now.getTime() + 2 * DAY);
    fake.addUser({ id: EN, name: 'en', locale: 'zh-TW' }); // the user switched Slack to Chinese
    expect(await resolver()(EN)).toBe('zh-CN');
    expect(usersInfo()).toHaveLength(1);
    expect(await row(EN)).toEqual({ locale: 'zh-TW', localeFetchedAt: now });
  });

  it('remembers people outside the directory in memory only, writing nothing', async () => {
    const before = await rowCounts(db.prisma);
    const localeOf = resolver();
    expect(await localeOf(STRANGER)).toBe('en');
    expect(await localeOf(STRANGER)).toBe('en');
    expect(usersInfo()).toHaveLength(1);
    expect(await rowCounts(db.prisma)).toEqual(before);
    // A process restart forgets them: Slack is asked again.
    expect(await resolver()(STRANGER)).toBe('en');
    expect(usersInfo()).toHaveLength(2);
  });

  it('falls back to APP_LOCALE for a language it does not ship', async () => {
    expect(await resolver({ fallback: 'en' })(JA)).toBe('en');
    expect(await resolver({ fallback: 'zh-CN' })(JA)).toBe('zh-CN');
    expect((await row(JA))?.locale).toBe('ja-JP');
  });

  it('falls back to APP_LOCALE on a Slack error, logs it, and asks again a minute later', async () => {
    fake.failNext('users.info', { status: 500 });
    const localeOf = resolver({ fallback: 'zh-CN' });
    expect(await localeOf(EN)).toBe('zh-CN');
    expect(logs).toEqual([
      expect.objectContaining({
        level: 40,
        slackUserId: EN,
        msg: expect.stringContaining('users.info failed'),
      }),
    ]);
    expect(await row(EN)).toEqual({ locale: null, localeFetchedAt: null });

    expect(await localeOf(EN)).toBe('zh-CN'); // the fallback is reused for a while: no hammering
    expect(usersInfo()).toHaveLength(1);
    now = new Date(now.getTime() + 61_000);
    expect(await localeOf(EN)).toBe('en');
    expect(usersInfo()).toHaveLength(2);
  });

  it('prefers the stale cached locale to APP_LOCALE when Slack fails, and gives up fast on a 429', async () => {
    await resolver()(EN);
    now = new Date(now.getTime() + 30 * DAY);
    fake.failNext('users.info', { status: 429, retryAfter: 30 });
    const started = Date.now();
    expect(await resolver({ fallback: 'zh-CN' })(EN)).toBe('en');
    expect(Date.now() - started).toBeLessThan(1000); // no waiting out Retry-After before an ack
    expect(logs).toHaveLength(1);
  });

  it('without a bot token uses the cached rows and APP_LOCALE, asking nobody', async () => {
    await resolver()(EN);
    fake.reset();
    const offline = resolver({ token: undefined, fallback: 'zh-CN' });
    expect(await offline(EN)).toBe('en');
    expect(await offline(STRANGER)).toBe('zh-CN');
    expect(usersInfo()).toHaveLength(0);
  });

  it('is the localeOf that wiring gives the Slack listeners', async () => {
    const config = loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: fake.url,
      APP_LOCALE: 'en',
    });
    const wiring = createWiring(config, logger, () => now);
    try {
      expect(await wiring.slackContext.localeOf(ZH)).toBe('zh-CN');
      expect(await wiring.slackContext.localeOf(JA)).toBe('en');
      expect(usersInfo().map((c) => c.args.user)).toEqual([ZH, JA]);
      expect((await row(ZH))?.locale).toBe('zh-CN');
    } finally {
      await wiring.close();
    }
  });
});
