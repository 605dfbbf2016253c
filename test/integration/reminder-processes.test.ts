// The reminder feature as an operator runs it: real worker processes (two at once; one killed in the
// middle of sending and another started), and the admin commands `calendar` and `job run reminders`
// as child processes, on real PostgreSQL and Redis with the fake Slack Web API.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asLocalDate } from '../../src/calendar/index.ts';
import { JOBS, QUEUE_NAMES } from '../../src/jobs/index.ts';
import { REMINDER_EVENT_TYPE } from '../../src/services/reminders/send-reminder.ts';
import { childEnv, projectRoot, type RunningEntry, runEntry } from '../support/child-entry.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { eventually } from '../support/delivery-harness.ts';
import { FakeSlack, type RecordedCall } from '../support/fake-slack/index.ts';
import { addIssue, type ReminderWorld, seedReminderWorld, slackIdOf } from '../support/reminder-world.ts';

const run = promisify(execFile);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const BOT_TOKEN = 'xoxb-reminder-processes';
// Tuesday 2026-10-13, 10:00 in Shanghai.
const NOW = '2026-10-13T10:00:00+08:00';

let db: TestDatabase;
let world: ReminderWorld;
let fake: FakeSlack;
let prefix: string;
let reminders: Queue;
const children: RunningEntry[] = [];

beforeAll(async () => {
  db = await freshDatabase();
  fake = await new FakeSlack({ tokens: [BOT_TOKEN] }).start();
});
afterAll(async () => {
  await fake?.stop();
  await db?.close();
});
beforeEach(async () => {
  await db.reset();
  world = await seedReminderWorld(db.prisma);
  fake.clearState();
  fake.reset();
  prefix = `zhuqi-test-reminder-proc-${process.pid}-${Date.now()}`;
  reminders = new Queue('reminders', { connection: { url: redisUrl }, prefix });
});
afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => c.stop('SIGKILL')));
  for (const name of QUEUE_NAMES) {
    const queue = new Queue(name, { connection: { url: redisUrl }, prefix });
    await queue.obliterate({ force: true });
    await queue.close();
  }
  await reminders.close();
});

const env = () => ({
  DATABASE_URL: db.url,
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: prefix,
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_API_URL: fake.url,
});

/** Worker processes (test/support/workers-entry.ts: workers/main.ts with short job locks), started at once. */
async function startWorkers(count: number): Promise<RunningEntry[]> {
  const started = await Promise.all(
    Array.from({ length: count }, async () => {
      const child = runEntry('test/support/workers-entry.ts', { ...env(), TEST_WORKER_LOCK_MS: '1500' });
      children.push(child);
      await child.waitForLog((l) => l.msg === 'workers running');
      return child;
    }),
  );
  // Each process schedules the sweep; looked at once all are up (one process's check removing it
  // while another's still looked for it failed now and then).
  const scheduler = (await reminders.getJobSchedulers()).find((s) => s.key === JOBS.reminderSweep.name);
  expect(scheduler).toMatchObject({ pattern: '*/15 * * * *', tz: 'Asia/Shanghai' });
  // It would sweep at the real clock's quarter hours; the tests sweep at NOW themselves.
  await reminders.removeJobScheduler(JOBS.reminderSweep.name);
  return started;
}

const startWorker = async (): Promise<RunningEntry> => (await startWorkers(1))[0] as RunningEntry;

const reminderPosts = (): RecordedCall[] =>
  fake
    .calls('chat.postMessage')
    .filter(
      (c) => (c.args.metadata as { event_type?: string } | undefined)?.event_type === REMINDER_EVENT_TYPE,
    );

const messageIdOf = (c: RecordedCall) =>
  String((c.args.metadata as { event_payload: { message_id: string } }).event_payload.message_id);

describe('worker processes', () => {
  it('send exactly one message per person when two of them sweep at once', async () => {
    for (let i = 0; i < 4; i++) await addIssue(db.prisma, world, { due: asLocalDate('2026-09-21') });
    await addIssue(db.prisma, world, { owner: 'owner2', due: asLocalDate('2026-10-12') });
    await startWorkers(2);
    // Four sweeps of the same instant, taken by whichever process is free.
    await reminders.addBulk(
      Array.from({ length: 4 }, (_, i) => ({
        name: JOBS.reminderSweep.name,
        data: { now: NOW },
        opts: { jobId: `sweep-${i}` },
      })),
    );
    const messages = await eventually(
      async () => {
        const rows = await db.prisma.reminderMessage.findMany({
          where: { localDate: new Date('2026-10-13') },
        });
        return rows.length === 5 && rows.every((r) => r.status === 'sent') && rows;
      },
      30_000,
      'five messages sent',
    );
    const ours = new Set(messages.map((m) => String(m.id)));
    const posts = reminderPosts().filter((c) => ours.has(messageIdOf(c)));
    expect(posts).toHaveLength(5);
    expect(new Set(posts.map((c) => c.args.channel)).size).toBe(5);
    // All four sweeps ran (in whichever process), three of them finding nothing new to send.
    const sweeps = children.flatMap((c) => c.logs.filter((l) => l.job === JOBS.reminderSweep.name));
    expect(sweeps).toHaveLength(4);
    expect(sweeps.map((l) => (l.result as { messages: number }).messages).sort()).toEqual([0, 0, 0, 5]);
  });

  it('a worker killed after Slack took the post, before recording it: the next one finds the post', async () => {
    await addIssue(db.prisma, world, { due: asLocalDate('2026-10-12') });
    const release = fake.holdAnswers('chat.postMessage');
    const first = await startWorker();
    await reminders.add(JOBS.reminderSweep.name, { now: NOW });
    const post = await fake.waitForCall('chat.postMessage', () => true, 20_000);
    const [claimed] = await db.prisma.reminderMessage.findMany();
    expect(claimed).toMatchObject({ status: 'sending', attempts: 1 });
    await first.stop('SIGKILL');
    release();
    // The claim's lease (5 minutes) runs out.
    await db.prisma.$executeRaw`UPDATE reminder_messages SET claimed_at = claimed_at - interval '10 minutes'`;

    await startWorker();
    const sent = await eventually(
      async () => {
        const [row] = await db.prisma.reminderMessage.findMany();
        return row?.status === 'sent' && row;
      },
      60_000,
      'the message recorded as sent',
    );
    expect(reminderPosts()).toHaveLength(1);
    expect(fake.messages(fake.dmChannel(slackIdOf('owner')))).toHaveLength(1);
    expect(sent.ts).toBe((post.response as Record<string, unknown>).ts);
    expect(fake.calls('conversations.history').length).toBeGreaterThan(0);
  }, 90_000);

  it('a worker killed after claiming, before posting: the next one posts, once', async () => {
    await addIssue(db.prisma, world, { owner: 'owner2', due: asLocalDate('2026-10-12') });
    const release = fake.holdAnswers('conversations.open');
    const first = await startWorker();
    await reminders.add(JOBS.reminderSweep.name, { now: NOW });
    await fake.waitForCall('conversations.open', () => true, 20_000);
    await first.stop('SIGKILL');
    release();
    expect(await db.prisma.reminderMessage.findMany()).toEqual([
      expect.objectContaining({ status: 'sending', channelId: null }),
    ]);
    await db.prisma.$executeRaw`UPDATE reminder_messages SET claimed_at = claimed_at - interval '10 minutes'`;

    await startWorker();
    await eventually(
      async () => (await db.prisma.reminderMessage.findFirst())?.status === 'sent',
      60_000,
      'sent',
    );
    expect(reminderPosts()).toHaveLength(1);
    expect(fake.messages(fake.dmChannel(slackIdOf('owner2')))).toHaveLength(1);
  }, 90_000);
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: projectRoot,
      env: childEnv({ DATABASE_URL: db.url, REDIS_URL: redisUrl, QUEUE_PREFIX: prefix }),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run zhuqi -- calendar', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhuqi-calendar-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('sets a day, overrides a statutory one, and lists the year with where each day comes from', {
    timeout: 90_000,
  }, async () => {
    expect(await cli('calendar', 'set', '2026-10-16', 'holiday', '区庆')).toMatchObject({ code: 0 });
    expect(await cli('calendar', 'set', '2026-10-10', 'holiday')).toMatchObject({ code: 0 });
    const { code, stdout } = await cli('calendar', 'list', '2026');
    expect(code).toBe(0);
    expect(stdout).toMatch(/2026-10-01 Thu {2}holiday {2}国庆节 +statutory/);
    expect(stdout).toMatch(
      /2026-10-10 Sat {2}holiday {2}- +admin \(instead of the statutory workday 国庆节\)/,
    );
    expect(stdout).toMatch(/2026-10-16 Fri {2}holiday {2}区庆 +admin/);
    expect(await db.prisma.calendarDay.count({ where: { source: 'admin' } })).toBe(2);
  });

  it('imports an .ics holiday calendar, and refuses a broken one without storing anything', {
    timeout: 90_000,
  }, async () => {
    const ics = join(dir, '2027.ics');
    await writeFile(
      ics,
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'DTSTART;VALUE=DATE:20270206',
        'DTEND;VALUE=DATE:20270214',
        'SUMMARY:春节(休)',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'DTSTART;VALUE=DATE:20270214',
        'SUMMARY:春节(班)',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const imported = await cli('calendar', 'import', ics);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('imported 9 days');
    const list = await cli('calendar', 'list', '2027');
    expect(list.stdout).toContain('no statutory schedule ships for 2027');
    expect(list.stdout).toMatch(/2027-02-14 Sun {2}workday {2}春节 +ics/);

    const broken = join(dir, 'broken.ics');
    await writeFile(
      broken,
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20270301T090000\nSUMMARY:x(休)\nEND:VEVENT\nEND:VCALENDAR\n',
    );
    const refused = await cli('calendar', 'import', broken);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/line 3: DTSTART must be an all-day date/);
    expect(await db.prisma.calendarDay.count({ where: { date: new Date('2027-03-01') } })).toBe(0);

    expect(await cli('calendar', 'set', '2027-13-01', 'holiday')).toMatchObject({ code: 2 });
    expect(await cli('calendar', 'set', '2027-03-01', 'weekend')).toMatchObject({ code: 2 });
  });
});

describe('npm run zhuqi -- job run reminders', () => {
  it('sweeps for the instant given, through the same code as the scheduler, and follows the calendar', {
    timeout: 120_000,
  }, async () => {
    await addIssue(db.prisma, world, { due: asLocalDate('2026-10-12') });
    const sunday = await cli('job', 'run', 'reminders', '--now', '2026-10-11T10:00:00+08:00');
    expect(sunday).toMatchObject({ code: 0 });
    expect(sunday.stdout).toContain('nothing to do (outside working time)');

    const tuesday = await cli('job', 'run', 'reminders', '--now', NOW);
    expect(tuesday.code).toBe(0);
    expect(tuesday.stdout).toMatch(
      /reminders 2026-10-13: \d+ issues checked, 1 new reminders, 1 messages queued/,
    );
    expect(await db.prisma.outboxMessage.count({ where: { topic: 'reminder.send' } })).toBe(1);
    const again = await cli('job', 'run', 'reminders', '--now', '2026-10-13T11:00:00+08:00');
    expect(again.stdout).toContain('0 new reminders, 0 messages queued');

    // The admin makes Wednesday a holiday: the sweep of that day does nothing.
    await cli('calendar', 'set', '2026-10-14', 'holiday');
    const holiday = await cli('job', 'run', 'reminders', '--now', '2026-10-14T10:00:00+08:00');
    expect(holiday.stdout).toContain('nothing to do');
  });
});
