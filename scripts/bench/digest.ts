// npm run bench:digest [-- --runs N] [--keep]
// Times computing one district digest (every figure of the daily digest: the SQL aggregates of
// src/persistence/digests/daily-figures.ts in one snapshot) on a throwaway database of the local server
// holding the demo district (`seed demo`: 540 cadres, 20,000 enterprises, 74 projects) plus, generated
// by set-based SQL, 200,000 visits, 100,000 issues and their feedback. Target: under 500 ms.
// Results go in docs/benchmarks.md, "Daily digest".
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { localDateOf } from '../../src/calendar/index.ts';
import { seedDemo } from '../../src/cli/seed/seed-demo.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { DigestScope } from '../../src/domain/digests/index.ts';
import { applyMigrations, quoteIdent, splitDatabaseUrl } from '../../src/persistence/migrations/apply.ts';
import { createPrisma, type Db } from '../../src/persistence/prisma.ts';
import { createServices } from '../../src/services/index.ts';

const TIME_ZONE = 'Asia/Shanghai';
const VISITS = 200_000;
const ISSUES = 100_000;

async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The volume on top of the demo district. Every enterprise is assigned (round robin over the cadres
 * below district leader), so coverage counts over 20,000 firms rather than the demo's 554: the heavier
 * case. Visits spread over the last year, 60 % on site. Issues spread over every disposition (on the spot
 * 3 %, kept 10 %, awaiting dispatch 2 %, function groups 55 %, city 28 %, withdrawn 2 %) and status, one
 * in ten on a project, due dates ±45 days around today so about half of the open ones are overdue.
 */
async function generate(db: Db, today: string): Promise<void> {
  await db.$executeRawUnsafe(`
    WITH c AS (SELECT array_agg(id ORDER BY id) AS ids FROM cadres WHERE rank <> 'district_leader')
    UPDATE enterprises e SET cadre_id = c.ids[1 + (e.id % array_length(c.ids, 1))] FROM c`);
  await db.$executeRawUnsafe(`
    WITH e AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(cadre_id ORDER BY id) AS cadres FROM enterprises)
    INSERT INTO visits (enterprise_id, cadre_id, visit_date, mode, summary)
    SELECT e.ids[1 + (g * 7919) % array_length(e.ids, 1)], e.cadres[1 + (g * 7919) % array_length(e.ids, 1)],
      DATE '${today}' - ((g * 31) % 365),
      (CASE WHEN g % 20 < 12 THEN 'on_site' WHEN g % 20 < 17 THEN 'phone' WHEN g % 20 < 19 THEN 'video'
        ELSE 'meeting' END)::"VisitMode",
      '走访'
    FROM generate_series(1, ${VISITS}) AS g, e`);
  await db.$executeRawUnsafe(`
    WITH e AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(cadre_id ORDER BY id) AS cadres FROM enterprises),
      fg AS (SELECT array_agg(id ORDER BY code) AS ids, array_agg(lead_cadre_id ORDER BY code) AS leads
        FROM units WHERE kind = 'function_group'),
      d AS (SELECT id, lead_cadre_id FROM units WHERE kind = 'dispatch' ORDER BY id LIMIT 1),
      p AS (SELECT array_agg(id ORDER BY id) AS ids FROM projects),
      s AS (
        SELECT g, g % 100 AS bucket, (g / 100) % 10 AS phase, 1 + (g * 17) % 20000 AS ei,
          now() - make_interval(days => (g * 7) % 365, hours => g % 24) AS created
        FROM generate_series(1, ${ISSUES}) AS g),
      shaped AS (
        SELECT s.*,
          CASE WHEN bucket < 3 THEN 'on_spot' WHEN bucket < 13 THEN 'kept' WHEN bucket < 15 THEN 'awaiting'
            WHEN bucket < 70 THEN 'fg' WHEN bucket < 98 THEN 'city' ELSE 'withdrawn' END AS disposition,
          CASE WHEN phase < 4 THEN 'in_progress' WHEN phase = 4 THEN 'deferred' WHEN phase < 7 THEN 'resolved'
            ELSE 'closed' END AS working_status
        FROM s),
      rows AS (
        SELECT sh.*,
          CASE disposition WHEN 'on_spot' THEN (CASE WHEN g % 2 = 0 THEN 'resolved' ELSE 'closed' END)
            WHEN 'awaiting' THEN 'awaiting_dispatch' WHEN 'withdrawn' THEN 'withdrawn'
            ELSE working_status END AS status
        FROM shaped sh)
    INSERT INTO issues (enterprise_id, project_id, title, category, finder_id, owner_id, owner_unit_id, level, status,
      due_date, resolved_on_spot, enterprise_informed_at, resolved_at, closed_at, created_at, updated_at)
    SELECT
      CASE WHEN g % 10 = 7 THEN NULL ELSE e.ids[ei] END,
      CASE WHEN g % 10 = 7 THEN p.ids[1 + g % array_length(p.ids, 1)] END,
      '测试问题 ' || g, 'other', e.cadres[ei],
      CASE disposition WHEN 'fg' THEN fg.leads[1 + g % 7] WHEN 'city' THEN d.lead_cadre_id
        WHEN 'awaiting' THEN NULL WHEN 'withdrawn' THEN NULL ELSE e.cadres[ei] END,
      CASE disposition WHEN 'fg' THEN fg.ids[1 + g % 7] WHEN 'city' THEN d.id END,
      (CASE disposition WHEN 'fg' THEN 'function_group' WHEN 'city' THEN 'city'
        WHEN 'kept' THEN (CASE WHEN g % 3 = 0 THEN 'team' ELSE 'self' END) ELSE 'self' END)::"IssueLevel",
      rows.status::"IssueStatus",
      CASE WHEN rows.status IN ('in_progress', 'deferred') THEN DATE '${today}' + ((g * 13) % 90) - 45 END,
      disposition = 'on_spot',
      CASE WHEN g % 10 = 3 THEN NULL ELSE created END,
      CASE WHEN rows.status IN ('resolved', 'closed') THEN created + interval '5 days' END,
      CASE WHEN rows.status = 'closed' THEN created + interval '8 days' END,
      created, created
    FROM rows, e, fg, d, p`);
  await db.$executeRawUnsafe(`
    INSERT INTO feedback (issue_id, verdict, recorded_by_id, recorded_at)
    SELECT id, (CASE WHEN id % 9 = 0 THEN 'dissatisfied' WHEN id % 4 = 0 THEN 'basically_satisfied'
      ELSE 'satisfied' END)::"FeedbackVerdict", finder_id, resolved_at + interval '1 day'
    FROM issues WHERE status = 'closed' OR (status = 'resolved' AND id % 2 = 0)`);
  // A reopened-then-satisfied history for some: two rows, the latest counts.
  await db.$executeRawUnsafe(`
    INSERT INTO feedback (issue_id, verdict, recorded_by_id, recorded_at)
    SELECT id, 'dissatisfied', finder_id, resolved_at FROM issues WHERE status = 'closed' AND id % 5 = 0`);
  await db.$executeRawUnsafe('ANALYZE');
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '7' }, keep: { type: 'boolean', default: false } },
  });
  const runs = Math.max(1, Number(values.runs) || 7);
  const { serverUrl } = splitDatabaseUrl(loadConfig().databaseUrl);
  const name = `zhuqi_bench_digest_${process.pid}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const version = await withServer(serverUrl, async (c) => {
    await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
    return (await c.query('SHOW server_version')).rows[0]?.server_version as string;
  });
  const cpu = cpus();
  console.log(
    `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  console.log(`software: Node ${process.version}, PostgreSQL ${version}`);
  console.log(`date: ${new Date().toISOString()}`);
  // The machine may be shared: its load at the start says how much the figures below can be trusted.
  console.log(
    `load average (1/5/15 min): ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')}`,
  );
  const prisma = createPrisma(databaseUrl, { max: 4 });
  try {
    await applyMigrations(databaseUrl);
    const today = localDateOf(new Date(), TIME_ZONE);
    const [, seedMs] = await timed(() => seedDemo(prisma));
    const [, generateMs] = await timed(() => generate(prisma, today));
    const counts = await prisma.$queryRawUnsafe<Record<string, bigint>[]>(`
      SELECT (SELECT count(*) FROM enterprises) AS enterprises, (SELECT count(*) FROM visits) AS visits,
        (SELECT count(*) FROM issues) AS issues, (SELECT count(*) FROM feedback) AS feedback`);
    console.log(
      `data: ${Object.entries(counts[0] ?? {})
        .map(([k, v]) => `${Number(v).toLocaleString('en')} ${k}`)
        .join(', ')} (seed ${(seedMs / 1000).toFixed(1)} s, generate ${(generateMs / 1000).toFixed(1)} s)`,
    );
    const services = createServices({ db: prisma, timeZone: TIME_ZONE, clock: () => new Date(), cacheMs: 0 });
    const scopes: [string, DigestScope][] = [
      ['district', { kind: 'district' }],
      ['function_group:FG-01', { kind: 'function_group', code: 'FG-01' }],
      ['task_force:TF-01', { kind: 'task_force', code: 'TF-01' }],
    ];
    for (const [label, scope] of scopes) {
      const times: number[] = [];
      let collected = 0;
      for (let run = 0; run <= runs; run++) {
        const [figures, ms] = await timed(() => services.digests.dailyFigures(scope, today));
        collected = figures.issues.collected;
        times.push(ms);
      }
      const [first, ...rest] = times;
      console.log(
        `daily digest, ${label} (${collected.toLocaleString('en')} issues in scope): first ${first?.toFixed(0)} ms, ` +
          `median of the next ${runs} ${median(rest).toFixed(0)} ms (min ${Math.min(...rest).toFixed(0)}, max ${Math.max(...rest).toFixed(0)})`,
      );
    }
    const supervision: number[] = [];
    for (let run = 0; run < runs; run++) {
      supervision.push(
        (await timed(() => services.digests.supervisionFigures({ kind: 'district' }, today)))[1],
      );
    }
    console.log(`weekly supervision, district: median of ${runs} ${median(supervision).toFixed(0)} ms`);
  } finally {
    await prisma.$disconnect();
    if (values.keep) console.log(`kept database ${name}`);
    else
      await withServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  }
}

await main();
