// Databases for tests, all on the server of TEST_DATABASE_URL. Global setup migrates one template
// per test run; each vitest worker clones it once (CREATE DATABASE … TEMPLATE is a file copy, far
// faster than migrating) and tests empty it with TRUNCATE between files or tests.
//
// Every name carries a run id, and the run holds an advisory lock for as long as it lives: two
// test runs against the same server (two checkouts, two terminals) never drop each other's
// databases, and a crashed run's leftovers are recognised (nobody holds their lock) and dropped.
import { randomInt } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { applyMigrations, quoteIdent } from '../../src/persistence/migrations/apply.ts';
import { createPrisma, type Db } from '../../src/persistence/prisma.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by test/global-setup.ts: the run id inside every database name of this run. */
    zhuqiTestRun: string;
  }
}

const PREFIX = 'zhuqi_test_';
/** First half of the two-key advisory lock a live run holds; the run id is the second half. */
const RUN_LOCK_CLASS = 0x7a7171; // "zqq"

/** Any database on the test server; only its server and credentials are used. */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
}

/** The URL of another database on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** Runs `work` on a connection to the server's maintenance database (where CREATE/DROP DATABASE run). */
export async function withServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const templateName = (run: string) => `${PREFIX}${run}_template`;

function currentRun(): string {
  const run = inject('zhuqiTestRun');
  if (!run) throw new Error('no test run id: run the tests through vitest.config.ts (test/global-setup.ts)');
  return run;
}

/** This worker's own database name (VITEST_POOL_ID is 1..maxWorkers and stable per worker). */
function workerName(suffix = ''): string {
  return `${PREFIX}${currentRun()}_w${process.env.VITEST_POOL_ID ?? '1'}${suffix}`;
}

async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  // FORCE: a test that forgot to disconnect must not keep its database alive.
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}

async function databasesOfRun(client: pg.Client, run: string): Promise<string[]> {
  const { rows } = await client.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
    [`${PREFIX}${run}_`],
  );
  return rows.map((r) => r.datname);
}

/** Drops databases left by runs that ended without teardown (their run lock is free). */
async function dropAbandonedRuns(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
    [PREFIX],
  );
  const runs = new Set(
    rows.map((r) => /^zhuqi_test_(\d+)_/.exec(r.datname)?.[1]).filter((r) => r !== undefined),
  );
  for (const run of runs) {
    const { rows: lock } = await client.query<{ free: boolean }>(
      'SELECT pg_try_advisory_lock($1, $2) AS free',
      [RUN_LOCK_CLASS, Number(run)],
    );
    if (!lock[0]?.free) continue; // a live run
    for (const name of await databasesOfRun(client, run)) await dropDatabase(client, name);
    await client.query('SELECT pg_advisory_unlock($1, $2)', [RUN_LOCK_CLASS, Number(run)]);
  }
}

export interface TestRun {
  run: string;
  /** Drops this run's databases and releases its lock. */
  finish(): Promise<void>;
}

/** Global setup: claims a run id, clears abandoned runs, migrates this run's template database. */
export async function startTestRun(): Promise<TestRun> {
  // The lock lives as long as this connection: it is how other runs see that we are alive.
  const owner = new pg.Client({ connectionString: databaseUrl('postgres') });
  owner.on('error', () => {}); // an idle connection dropped by the server must not crash vitest
  await owner.connect();
  await dropAbandonedRuns(owner);
  let run = '';
  for (;;) {
    run = String(randomInt(1, 2 ** 31 - 1));
    const { rows } = await owner.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS got', [
      RUN_LOCK_CLASS,
      Number(run),
    ]);
    if (rows[0]?.got) break;
  }
  await owner.query(`CREATE DATABASE ${quoteIdent(templateName(run))}`);
  await applyMigrations(databaseUrl(templateName(run)));
  return {
    run,
    async finish() {
      for (const name of await databasesOfRun(owner, run)) await dropDatabase(owner, name);
      await owner.end();
    },
  };
}

/** Creates `name` as a copy of the run's template, retrying while a clone in flight still reads it. */
async function cloneTemplate(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(
        `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(templateName(currentRun()))}`,
      );
      return;
    } catch (error) {
      // 55006: "source database is being accessed by other users", transient while another
      // worker's CREATE DATABASE still holds it.
      if ((error as { code?: string }).code !== '55006' || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

let workerDatabase: Promise<string> | undefined;

/** This worker's database (migrated, cloned on first use in the worker), as a URL. */
export function testDatabaseUrl(): Promise<string> {
  workerDatabase ??= withServer(async (client) => {
    const name = workerName();
    // Test files run one after another in a worker, each with fresh modules: the first one clones.
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await cloneTemplate(client, name);
    return databaseUrl(name);
  });
  return workerDatabase;
}

export interface TestDatabase {
  url: string;
  prisma: Db;
  /** Empties every app table (keeps _prisma_migrations) and restarts the id sequences. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

let truncateAll: string | undefined;

export async function resetDatabase(db: Pick<TestDatabase, 'prisma'>): Promise<void> {
  if (truncateAll === undefined) {
    const tables = await db.prisma.$queryRawUnsafe<{ name: string }[]>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables
       WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    );
    // One statement for all tables: CASCADE and a single lock round make it a few milliseconds.
    truncateAll = `TRUNCATE TABLE ${tables.map((t) => t.name).join(', ')} RESTART IDENTITY CASCADE`;
  }
  await db.prisma.$executeRawUnsafe(truncateAll);
}

/** This worker's database, emptied, with its own Prisma client; close() it in afterAll. */
export async function freshDatabase(): Promise<TestDatabase> {
  const url = await testDatabaseUrl();
  const prisma = createPrisma(url, { max: 4 });
  const db: TestDatabase = {
    url,
    prisma,
    reset: () => resetDatabase(db),
    close: () => prisma.$disconnect(),
  };
  await db.reset();
  return db;
}

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * An empty database (no migrations) of this worker, for tests about schemas and migrations
 * themselves. Recreated if it exists; dropped at the end of the run if drop() is not called.
 */
export async function scratchDatabase(label: string): Promise<ScratchDatabase> {
  const name = workerName(`_${label}`);
  await withServer(async (client) => {
    await dropDatabase(client, name);
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
  return { url: databaseUrl(name), drop: () => withServer((client) => dropDatabase(client, name)) };
}
