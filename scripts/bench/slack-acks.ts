// npm run bench:acks [-- --requests N --rounds R --concurrency C --only visit|submission|search]
// Ack latency of `/visit` and of a visit submission under concurrent signed requests, next to a bare
// Bolt app that only acks, in the same run; then the enterprise search's answer time over varied
// queries. Runs on the demo district (20,000 enterprises, 540 cadres) seeded by `npm run zhuqi -- seed
// demo` into a throwaway database of the local server, which is dropped afterwards.
//
// Three event loops, so none measures another's work: each app in a process of its own
// (scripts/bench/ack-app.ts), the load generator in a worker thread (scripts/bench/ack-load.ts), and
// the test suite's fake Slack Web API on this main thread. Results go in docs/benchmarks.md.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs, promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { Redis } from 'ioredis';
import pg from 'pg';
import { loadConfig } from '../../src/config/config.ts';
import { createEnterpriseSearch } from '../../src/persistence/enterprises/enterprise-search.ts';
import { applyMigrations, quoteIdent, splitDatabaseUrl } from '../../src/persistence/migrations/apply.ts';
import { createPrisma } from '../../src/persistence/prisma.ts';
import { FakeSlack } from '../../test/support/fake-slack/index.ts';
import { type Ask, LOAD_MODES, type LoadResult, type LoadSetup, type Phase, phasesOf } from './ack-shared.ts';
import { cpuLedger, cpuLedgerWorks, processesNamed } from './cpu-ledger.ts';

const run = promisify(execFile);

// ── numbers ──────────────────────────────────────────────────────────────────────────────────────

const percentile = (sorted: number[], p: number) =>
  sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;

interface Summary {
  n: number;
  median: number;
  p99: number;
  max: number;
}

function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? NaN,
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

// ── the district ─────────────────────────────────────────────────────────────────────────────────

async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function seedDistrict(databaseUrl: string): Promise<void> {
  await applyMigrations(databaseUrl);
  // The same command an admin runs, into the throwaway database.
  await run('npm', ['run', '-s', 'zhuqi', '--', 'seed', 'demo'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
  });
  // What autovacuum does soon after a bulk load: the planner needs the statistics.
  await withServer(databaseUrl, (c) => c.query('ANALYZE'));
}

/** Queries as cadres type them: pieces of real names, short names and codes, common words, misses. */
async function searchQueries(prisma: ReturnType<typeof createPrisma>): Promise<LoadSetup['queries']> {
  const sample = await prisma.$queryRaw<
    Array<{ name: string; shortName: string | null; creditCode: string | null }>
  >`
    SELECT name, short_name AS "shortName", credit_code AS "creditCode" FROM enterprises ORDER BY md5(id::text) LIMIT 60`;
  const piece = (text: string, length: number, seed: number) => {
    const chars = [...text];
    const start = seed % Math.max(1, chars.length - length);
    return chars.slice(start, start + length).join('');
  };
  const queries: LoadSetup['queries'] = [];
  sample.forEach((e, i) => {
    queries.push({ kind: 'name, 1 character', query: piece(e.name, 1, i * 3) });
    queries.push({ kind: 'name, 2 characters', query: piece(e.name, 2, i * 5) });
    queries.push({ kind: 'name, 4 characters', query: piece(e.name, 4, i * 7) });
    queries.push({ kind: 'whole name', query: e.name });
    if (e.shortName) queries.push({ kind: 'short name', query: e.shortName });
    if (e.creditCode) {
      queries.push({ kind: 'credit code prefix (4–12)', query: e.creditCode.slice(0, 4 + (i % 9)) });
      queries.push({ kind: 'whole credit code', query: e.creditCode.toLowerCase() });
    }
  });
  for (const word of [
    '公司',
    '有限公司',
    '长春',
    '吉林',
    '科技',
    '热力',
    '长春市',
    '有限责任公司',
    '集团',
    '商贸',
  ]) {
    queries.push({ kind: 'common word', query: word });
  }
  for (const miss of ['无此企业名称', '91229999', 'zzzz', '春城 热力', '热力%'])
    queries.push({ kind: 'miss or odd', query: miss });
  queries.push({ kind: 'empty (own firms)', query: '' });
  return queries;
}

// ── the apps and the load ────────────────────────────────────────────────────────────────────────

/** Starts scripts/bench/ack-app.ts in its own process; resolves once it listens. */
function startApp(
  kind: 'bare' | 'zhuqi' | 'workers',
  env: Record<string, string>,
): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  // BENCH_CPU_PROF=<dir> writes each app's CPU profile there on exit (where a request's CPU goes).
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'scripts/bench/ack-app.ts', kind], {
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = /\{"port":(\d+)\}/.exec(out);
      if (line) resolve({ url: `http://127.0.0.1:${line[1]}`, pid: child.pid as number, stop });
    });
    child.once('exit', (code) => reject(new Error(`${kind} app exited with ${code}`)));
  });
}

/** The threads of this process (the fake Slack's, and the load generator's once it runs). */
const ownThreads = () => readdirSync(`/proc/${process.pid}/task`).map(Number);

/**
 * Runs the load generator in a worker thread and answers its asks from the fake Slack; `ledger`
 * is handed the load generator's threads, told apart from the fake Slack's, once it is online.
 */
function runLoad(
  setup: LoadSetup,
  fake: FakeSlack,
  issuedAt: Map<string, number>,
  ledger: (loadThreads: number[]) => ReturnType<typeof cpuLedger>,
): Promise<LoadResult> {
  const before = new Set(ownThreads());
  const worker = new Worker(new URL('./ack-load-worker.mjs', import.meta.url), { workerData: setup });
  let cpu: ReturnType<typeof cpuLedger> | undefined;
  worker.once('online', () => {
    cpu = ledger(ownThreads().filter((tid) => !before.has(tid)));
  });
  /** The /visit listener goes on after its ack (views.open, the pre-fill): wait for Slack to go quiet. */
  const settle = async () => {
    for (let quiet = 0; quiet < 3; ) {
      const before = fake.calls().length;
      await new Promise((resolve) => setTimeout(resolve, 150));
      quiet = fake.calls().length === before ? quiet + 1 : 0;
    }
  };
  return new Promise((resolve, reject) => {
    worker.on('message', (message: { id?: number; done?: LoadResult } & Partial<Ask>) => {
      if (message.done) {
        resolve(message.done);
        void worker.terminate();
        return;
      }
      const answer = (value: string) => worker.postMessage({ id: message.id, value });
      if (message.ask === 'trigger') {
        const trigger = fake.issueTriggerId({ userId: message.userId });
        issuedAt.set(trigger, Date.now());
        answer(trigger);
      } else if (message.ask === 'responseUrl') {
        answer(fake.issueResponseUrl({ channelId: 'C0BENCH001', userId: message.userId as string }));
      } else if (message.ask === 'settle') {
        void settle().then(() => answer(''));
      } else if (message.ask === 'begin' || message.ask === 'end') {
        cpu?.[message.ask](message.phase as string);
        answer('');
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`load generator exited with ${code}`)));
  });
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '500' },
      rounds: { type: 'string', default: '3' },
      concurrency: { type: 'string', default: '50' },
      // One part alone (profiling it, say): `visit`, `submission` or `search`.
      only: { type: 'string' },
    },
  });
  const only = values.only;
  if (only !== undefined && !['visit', 'submission', 'search'].includes(only)) {
    throw new Error(`--only takes visit, submission or search, not ${only}`);
  }
  const kinds: LoadSetup['kinds'] =
    only === undefined
      ? ['/visit', 'submission']
      : only === 'visit'
        ? ['/visit']
        : only === 'submission'
          ? ['submission']
          : [];
  const [requests, rounds, concurrency] = [
    Number(values.requests),
    Number(values.rounds),
    Number(values.concurrency),
  ];
  const config = loadConfig();
  const { serverUrl } = splitDatabaseUrl(config.databaseUrl);
  // The zhuqi app's queues (it only declares them) live under this prefix, removed at the end.
  const queuePrefix = `zhuqi-bench-acks-${process.pid}`;
  const database = `zhuqi_bench_acks_${process.pid}`;
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();

  const cpu = cpus();
  const version = await withServer(serverUrl, (c) =>
    c.query<{ server_version: string }>('SHOW server_version'),
  );
  console.log(
    `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  console.log(`software: Node ${process.version}, PostgreSQL ${version.rows[0]?.server_version}`);
  console.log(
    `date: ${new Date().toISOString()}; load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  await withServer(serverUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)}`));
  const prisma = createPrisma(databaseUrl, { max: 2 });
  const stops: Array<() => Promise<unknown>> = [];
  try {
    const seeded = performance.now();
    await seedDistrict(databaseUrl);
    console.log(`demo district seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
    const cadres = await prisma.cadre.findMany({
      where: { slackUserId: { not: null } },
      select: { slackUserId: true },
    });
    const userIds = cadres.map((c) => c.slackUserId as string);
    const enterprises = await prisma.enterprise.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    console.log(`district: ${enterprises.length} enterprises, ${userIds.length} cadres with a Slack account`);

    const botToken = `xoxb-bench-${randomBytes(6).toString('hex')}`;
    const signingSecret = randomBytes(16).toString('hex');
    const fake = await new FakeSlack({
      tokens: [botToken],
      users: userIds.map((id) => ({ id, name: id.toLowerCase(), locale: 'zh-CN' })),
    }).start();
    stops.push(() => fake.stop());
    const env = {
      DATABASE_URL: databaseUrl,
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: fake.url,
      QUEUE_PREFIX: queuePrefix,
    };
    // zhuqi as deployed: the web process acks, a workers process writes the accepted visits.
    const [bare, zhuqi, workers] = await Promise.all([
      startApp('bare', env),
      startApp('zhuqi', env),
      startApp('workers', env),
    ]);
    stops.push(bare.stop, zhuqi.stop, workers.stop);

    const setup: LoadSetup = {
      urls: { bare: bare.url, zhuqi: zhuqi.url },
      signingSecret,
      team: fake.team,
      bot: fake.bot,
      userIds,
      enterpriseIds: enterprises.map((e) => e.id),
      today: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
      requests,
      rounds,
      concurrency,
      queries: await searchQueries(prisma),
      kinds,
      search: only === undefined || only === 'search',
    };
    const issuedAt = new Map<string, number>();
    let ledger: ReturnType<typeof cpuLedger> | undefined;
    const result = await runLoad(setup, fake, issuedAt, (loadThreads) => {
      ledger = cpuLedger({
        'zhuqi web': { pids: () => [zhuqi.pid] },
        'zhuqi workers': { pids: () => [workers.pid] },
        'bare app': { pids: () => [bare.pid] },
        PostgreSQL: { pids: processesNamed('postgres') },
        Redis: { pids: processesNamed('redis-server') },
        'fake Slack': { pids: () => [process.pid], exceptTids: () => loadThreads },
        'load generator': { pids: () => [process.pid], onlyTids: () => loadThreads },
      });
      return ledger;
    });
    // BENCH_SAMPLES=<file> keeps every latency, in the order measured (bursts of `concurrency`).
    if (process.env.BENCH_SAMPLES) writeFileSync(process.env.BENCH_SAMPLES, JSON.stringify(result.samples));
    report(setup, result, fake, issuedAt, await prisma.visit.count());
    if (ledger && cpuLedgerWorks()) reportCpu(setup, ledger.totals());
    if (setup.search) await reportQueryTimes(prisma, setup);
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    await prisma.$disconnect();
    await withServer(serverUrl, (c) =>
      c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`),
    );
    await dropQueueKeys(config.redisUrl, queuePrefix);
  }
}

function report(
  setup: LoadSetup,
  result: LoadResult,
  fake: FakeSlack,
  issuedAt: Map<string, number>,
  visits: number,
) {
  const { rounds, requests, concurrency } = setup;
  const PHASES = phasesOf(setup.kinds);
  for (const mode of setup.kinds.length > 0 ? LOAD_MODES : []) {
    const shape =
      mode === 'burst'
        ? `bursts of ${concurrency} sent at once, the apps taking turns`
        : `${concurrency} always in flight`;
    console.log(`\nack latency, ${mode}: ${rounds} × ${requests} requests per row, ${shape}:`);
    const rows = Object.fromEntries(PHASES.map((p) => [p, summarise(result.samples[mode][p])])) as Record<
      Phase,
      Summary
    >;
    for (const phase of PHASES) {
      const s = rows[phase];
      console.log(
        `  ${phase.padEnd(18)} median ${ms(s.median).padStart(9)}  p99 ${ms(s.p99).padStart(9)}  max ${ms(s.max).padStart(9)}`,
      );
    }
    const ratios = setup.kinds.map(
      (kind) => `${kind} ${(rows[`zhuqi ${kind}`].p99 / rows[`bare ${kind}`].p99).toFixed(2)}×`,
    );
    console.log(`  p99 zhuqi / bare: ${ratios.join(', ')} (target ≤ 1.5×)`);
  }
  // How long after Slack issued the trigger each modal opened (Slack allows 3 s), from the fake's log.
  const opens = fake.calls('views.open');
  const toOpen = summarise(
    opens.flatMap((c) => {
      const issued = issuedAt.get(String(c.args.trigger_id));
      return issued === undefined ? [] : [c.at - issued];
    }),
  );
  const openRefused = opens.filter((c) => c.status !== 200 || !(c.response as { ok?: boolean }).ok).length;
  console.log(
    `  /visit trigger → views.open: median ${ms(toOpen.median)}, p99 ${ms(toOpen.p99)}, max ${ms(toOpen.max)} (${opens.length} opened, ${openRefused} refused)`,
  );
  console.log(`  visits written: ${visits}; answers other than 200: ${JSON.stringify(result.refused)}`);
  if (!setup.search) return;

  console.log(
    `\nenterprise search (block_suggestion answered over HTTP, one at a time), ${setup.queries.length} queries × 2:`,
  );
  for (const [kind, list] of Object.entries(result.search)) {
    const s = summarise(list);
    console.log(
      `  ${kind.padEnd(28)} n ${String(s.n).padStart(4)}  median ${ms(s.median).padStart(8)}  p99 ${ms(s.p99).padStart(8)}`,
    );
  }
  const all = summarise(Object.values(result.search).flat());
  console.log(
    `  ${'all'.padEnd(28)} n ${String(all.n).padStart(4)}  median ${ms(all.median).padStart(8)}  p99 ${ms(all.p99).padStart(8)} (target p99 < 50 ms)`,
  );
}

/** CPU per request of each phase, by process: what zhuqi costs, and what its stand-ins cost. */
function reportCpu(setup: LoadSetup, totals: Record<string, Record<string, number>>) {
  const requests = setup.rounds * setup.requests;
  for (const mode of setup.kinds.length > 0 ? LOAD_MODES : []) {
    console.log(`\nCPU per request, ${mode} (ms, from /proc; settling after each burst included):`);
    for (const phase of phasesOf(setup.kinds)) {
      const spent = totals[`${mode} ${phase}`] ?? {};
      const parts = Object.entries(spent)
        .filter(([, total]) => total / requests >= 0.005)
        .map(([name, total]) => `${name} ${(total / requests).toFixed(2)}`);
      const all = Object.values(spent).reduce((sum, total) => sum + total, 0) / requests;
      console.log(`  ${phase.padEnd(18)} all ${all.toFixed(2)}: ${parts.join(', ')}`);
    }
  }
}

async function dropQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    const keys: string[] = [];
    for await (const batch of redis.scanStream({ match: `${prefix}:*`, count: 500 }))
      keys.push(...(batch as string[]));
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    await redis.quit();
  }
}

/** The search itself, without HTTP and Bolt: the repository's answer time for the same queries. */
async function reportQueryTimes(prisma: ReturnType<typeof createPrisma>, setup: LoadSetup): Promise<void> {
  const search = createEnterpriseSearch(prisma);
  const latencies: number[] = [];
  for (const [i, { query }] of [...setup.queries, ...setup.queries].entries()) {
    const userId = setup.userIds[i % setup.userIds.length] as string;
    const started = performance.now();
    await search.search(userId, query);
    latencies.push(performance.now() - started);
  }
  const s = summarise(latencies);
  console.log(
    `enterprise search, repository only (same queries, one at a time): median ${ms(s.median)}, p99 ${ms(s.p99)}`,
  );
  console.log(
    `\nload average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

await main();
