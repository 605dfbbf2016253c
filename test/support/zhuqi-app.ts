// The whole web side as it runs in production — real services on this worker's PostgreSQL, Redis
// queues under a test prefix — with Slack replaced by the fake Web API: what flow tests drive.
import { randomBytes } from 'node:crypto';
import type { Locale } from '../../src/i18n/index.ts';
import { createAckReads } from '../../src/persistence/ack-reads.ts';
import { type AppServices, createServices } from '../../src/services/index.ts';
import { type AppUnderTest, type AppUnderTestOptions, startAppUnderTest } from './app-under-test.ts';
import { freshDatabase, type TestDatabase } from './database.ts';
import type { FakeUser } from './fake-slack/index.ts';

export interface ZhuqiApp extends AppUnderTest {
  db: TestDatabase;
  services: AppServices;
  /** The instant the app believes it is; tests move it with `setNow`. */
  now(): Date;
  setNow(instant: Date | string): void;
  queuePrefix: string;
}

export interface ZhuqiAppOptions {
  users?: FakeUser[];
  defaultLocale?: Locale;
  /** The app's starting clock (default: the real time). */
  now?: Date | string;
  timeZone?: string;
  extra?: AppUnderTestOptions['extra'];
}

export async function startZhuqiApp(options: ZhuqiAppOptions = {}): Promise<ZhuqiApp> {
  const db = await freshDatabase();
  let current = options.now === undefined ? undefined : new Date(options.now);
  const clock = () => current ?? new Date();
  // As wiring.ts builds it: the pre-ack reads on a node-postgres pool of their own.
  const ackReads = createAckReads(db.url, { max: 2 });
  // Cache off: tests change the calendar and settings between steps.
  const services = createServices({
    db: db.prisma,
    ackReads,
    timeZone: options.timeZone ?? 'Asia/Shanghai',
    clock,
    cacheMs: 0,
  });
  const app = await startAppUnderTest({
    users: options.users,
    defaultLocale: options.defaultLocale,
    extra: options.extra,
    context: (base) => ({ ...base, services }),
  });
  const stop = app.stop;
  return {
    ...app,
    db,
    services,
    queuePrefix: `zhuqi-test-${randomBytes(4).toString('hex')}`,
    now: clock,
    setNow(instant) {
      current = new Date(instant);
    },
    async stop() {
      await stop();
      await ackReads.close();
      await db.close();
    },
  };
}
