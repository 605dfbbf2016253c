// npm run bench:reminders [-- --runs N]
// Times the reminder sweep on a district-sized throwaway database of the local server: the demo
// organisation (540 cadres, 63 teams, 192 groups), 100,000 open issues of which 10,000 overdue (by 1 to
// 60 days, so every escalation rung is hit), 1,800 whose finder owes the enterprise news, all written
// with set-based SQL. Measures the candidate query, working out the rungs, writing the ledger with
// its outbox rows, relaying those rows into BullMQ, and a second sweep of the same day; checks that
// there is one message per recipient, not per issue. Results go in docs/benchmarks.md, "Reminder sweep".
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import pg from 'pg';
import { localDateOf } from '../../src/calendar/index.ts';
import { importRecords } from '../../src/cli/import/import-records.ts';
import { demoOrganisation } from '../../src/cli/seed/demo-organisation.ts';
import { loadConfig } from '../../src/config/config.ts';
import { outboxMessage, writeOutbox } from '../../src/delivery/outbox.ts';
import { relayOutbox } from '../../src/delivery/relay.ts';
import { dueReminders, ladderWindow } from '../../src/domain/reminders/index.ts';
import { createLogger } from '../../src/logger.ts';
import { loadWorkingCalendar } from '../../src/persistence/calendar/calendar-repository.ts';
import { inDirectoryTransaction } from '../../src/persistence/directory/write-directory.ts';
import { applyMigrations, quoteIdent, splitDatabaseUrl } from '../../src/persistence/migrations/apply.ts';
import { createPrisma, type Db } from '../../src/persistence/prisma.ts';
import { findReminderCandidates } from '../../src/persistence/reminders/reminder-candidates.ts';
import { recordReminders } from '../../src/persistence/reminders/reminder-ledger.ts';
import { loadDeadlineSettings } from '../../src/persistence/settings/settings-repository.ts';
import { createServices } from '../../src/services/index.ts';
import { runReminderSweep } from '../../src/services/reminders/reminder-sweep.ts';
import { reminderSend } from '../../src/services/reminders/reminder-topics.ts';

const ISSUES = 100_000;
const OVERDUE = 10_000;
const TIME_ZONE = 'Asia/Shanghai';
// Tuesday 2026-10-13, 10:00 in Shanghai: the week after the National Day holiday.
const AT = new Date('2026-10-13T10:00:00+08:00');

async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** The demo organisation, then enterprises, issues and their history rows in a few statements. */
async function generate(db: Db): Promise<void> {
  const organisation = demoOrganisation();
  await inDirectoryTransaction(db, async (tx) => {
    for (const kind of ['units', 'cadres'] as const) {
      const records = organisation[kind].map((record, i) => ({ row: i + 2, record }));
      await importRecords(tx, kind, { records, errors: [] }, { skipInvalid: false });
    }
  });
  await db.$executeRawUnsafe(`
    INSERT INTO enterprises (name, updated_at)
    SELECT '企业' || g, now() FROM generate_series(1, 2000) g`);
  // Owners: every member of a service group, each issue held at their group (level self).
  await db.$executeRawUnsafe(`
    WITH owners AS (
      SELECT m.cadre_id, m.unit_id, (row_number() OVER (ORDER BY m.cadre_id, m.unit_id)) - 1 AS n
        FROM memberships m JOIN units u ON u.id = m.unit_id AND u.kind = 'group'),
    total AS (SELECT count(*) AS n FROM owners)
    INSERT INTO issues (enterprise_id, title, category, finder_id, owner_id, owner_unit_id, level, status,
                        due_date, enterprise_informed_at, created_at, updated_at)
    SELECT 1 + g % 2000, '问题 ' || g, 'other', o.cadre_id, o.cadre_id, o.unit_id, 'self', 'in_progress',
           CASE WHEN g <= ${OVERDUE} THEN DATE '2026-10-13' - (1 + g % 60)
                ELSE DATE '2026-10-13' + (2 + g % 88) END,
           CASE WHEN g > ${OVERDUE} AND g % 50 = 0 THEN NULL ELSE TIMESTAMPTZ '2026-09-01 10:00+08' END,
           TIMESTAMPTZ '2026-09-01 10:00+08', now()
      FROM generate_series(1, ${ISSUES}) g
      JOIN owners o ON o.n = g % (SELECT n FROM total)`);
  // One history row each: the report-back issues were moved yesterday, the rest long ago.
  await db.$executeRawUnsafe(`
    INSERT INTO issue_events (issue_id, actor_id, at, move, to_status)
    SELECT id, finder_id,
           CASE WHEN enterprise_informed_at IS NULL THEN TIMESTAMPTZ '2026-10-12 15:00+08' ELSE created_at END,
           'keep', 'in_progress'
      FROM issues`);
  // As autovacuum leaves a live database: hint bits set, statistics fresh.
  await db.$executeRawUnsafe('VACUUM ANALYZE');
}

/** Scans of `index` so far; `db` must hold one connection, whose statistics are flushed first. */
async function indexScans(db: Db, index: string): Promise<number> {
  await db.$queryRaw`SELECT 1 AS flushed FROM pg_stat_force_next_flush()`;
  await db.$queryRaw`SELECT 1 AS done`;
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT idx_scan AS n FROM pg_stat_user_indexes WHERE indexrelname = ${index}`;
  return Number(row?.n ?? 0);
}

async function clearLedger(db: Db): Promise<void> {
  await db.$executeRawUnsafe('TRUNCATE reminder_entries, reminder_messages, outbox');
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function bench(db: Db, single: Db, redisUrl: string, runs: number): Promise<void> {
  const [calendar, settings] = await Promise.all([loadWorkingCalendar(db), loadDeadlineSettings(db)]);
  const today = localDateOf(AT, TIME_ZONE);
  const window = ladderWindow(today, settings, calendar);
  if (!window) throw new Error(`${today} is not a working day`);
  const query = () => findReminderCandidates(db, { window, at: AT, timeZone: TIME_ZONE });

  const scansBefore = await indexScans(single, 'issues_status_due_date_idx');
  const [candidates, coldMs] = await timed(() =>
    findReminderCandidates(single, { window, at: AT, timeZone: TIME_ZONE }),
  );
  const usedIndex = (await indexScans(single, 'issues_status_due_date_idx')) > scansBefore;
  const warm: number[] = [];
  for (let i = 0; i < Math.max(3, runs); i++) warm.push((await timed(query))[1]);
  const [entries, rungsMs] = await timed(async () => dueReminders(candidates, today, settings, calendar));
  const recipients = new Set(entries.map((e) => e.recipientId)).size;
  const issuesReminded = new Set(entries.map((e) => e.issueId)).size;
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const byKind = [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(
    `candidates: ${candidates.ladder.length} on the ladder + ${candidates.reportBack.length} awaiting report-back ` +
      `(of ${ISSUES} open issues; (status, due_date) index used: ${usedIndex ? 'yes' : 'NO'})`,
  );
  console.log(`candidate query: cold ${ms(coldMs)}, warm median ${ms(median(warm))} (${warm.length} runs)`);
  console.log(`rungs worked out in ${ms(rungsMs)}: ${entries.length} entries (${byKind})`);

  const writes: number[] = [];
  let messages = 0;
  for (let run = 0; run < runs; run++) {
    await clearLedger(db);
    const [recorded, writeMs] = await timed(() =>
      db.$transaction(
        async (tx) => {
          const result = await recordReminders(tx, today, entries);
          await writeOutbox(
            tx,
            result.messages.map((m) =>
              outboxMessage(
                reminderSend,
                { messageId: String(m.id), at: AT.toISOString() },
                `reminder:${m.id}`,
              ),
            ),
          );
          return result;
        },
        { timeout: 60_000 },
      ),
    );
    writes.push(writeMs);
    messages = recorded.messages.length;
  }
  console.log(`ledger + outbox rows written in one transaction: median ${ms(median(writes))} (${runs} runs)`);
  console.log(
    `messages: ${messages} for ${recipients} recipients, ${issuesReminded} issues reminded, ${entries.length} entries ` +
      `(${messages === recipients ? 'one per recipient' : 'MISMATCH'})`,
  );
  if (messages !== recipients) throw new Error('messages must equal recipients');

  // Enqueue: the outbox relay turns the rows into BullMQ delivery jobs (a real Redis, a throwaway prefix).
  const prefix = `zhuqi-bench-${randomBytes(4).toString('hex')}`;
  const delivery = new Queue('delivery', { connection: { url: redisUrl }, prefix });
  try {
    const logger = createLogger('silent');
    const [relayed, relayMs] = await timed(async () => {
      let total = 0;
      for (;;) {
        const { relayed: n } = await relayOutbox(
          { db, delivery, logger },
          { batchSize: 500, maxBatches: 100 },
        );
        total += n;
        if (n === 0) return total;
      }
    });
    console.log(`relay into BullMQ: ${relayed} delivery jobs in ${ms(relayMs)}`);
  } finally {
    await delivery.obliterate({ force: true });
    await delivery.close();
  }

  // The service end to end, as the scheduler runs it: first sweep of the day, then the next quarter hour's.
  await clearLedger(db);
  const services = createServices({ db, timeZone: TIME_ZONE, clock: () => AT, cacheMs: 0 });
  const [first, firstMs] = await timed(() => runReminderSweep(services, AT));
  const [second, secondMs] = await timed(() =>
    runReminderSweep(services, new Date(AT.getTime() + 15 * 60_000)),
  );
  const summary = (r: typeof first) =>
    r.ran ? `${r.entries} new entries, ${r.messages} messages` : 'did not run';
  console.log(`sweep (first of the day): ${ms(firstMs)}: ${summary(first)}`);
  console.log(`sweep (15 minutes later): ${ms(secondMs)}: ${summary(second)}`);
}

async function main() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, keep: { type: 'boolean', default: false } },
  });
  const runs = Math.max(1, Number(values.runs) || 3);
  const config = loadConfig();
  const { serverUrl } = splitDatabaseUrl(config.databaseUrl);
  const [{ rows }] = await withServer(serverUrl, async (c) => [await c.query('SHOW server_version')]);
  const cpu = cpus();
  console.log(
    `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  console.log(`software: Node ${process.version}, PostgreSQL ${rows[0]?.server_version}`);
  console.log(
    `date: ${new Date().toISOString()}; sweep at ${AT.toISOString()} (Tue 2026-10-13 10:00 Shanghai)`,
  );
  const url = new URL(serverUrl);
  url.pathname = `/zhuqi_bench_reminders_${process.pid}`;
  const name = url.pathname.slice(1);
  await withServer(serverUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  try {
    await applyMigrations(url.toString());
    const db = createPrisma(url.toString(), { max: 4 });
    // One connection, so that its index statistics can be flushed and read back.
    const single = createPrisma(url.toString(), { max: 1 });
    try {
      const [, generateMs] = await timed(() => generate(db));
      console.log(`generated the district and ${ISSUES} issues in ${(generateMs / 1000).toFixed(1)} s`);
      await bench(db, single, config.redisUrl, runs);
    } finally {
      await single.$disconnect();
      await db.$disconnect();
    }
  } finally {
    if (values.keep) console.log(`kept the database: ${url.toString()}`);
    else
      await withServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  }
}

await main();
