// prisma/migrations against prisma/schema.prisma and against Prisma's own bookkeeping, on real
// PostgreSQL. The drift check needs no engine that reads a database: it builds one database from
// the migrations and one from the schema (diffed from empty), and compares their pg_dumps.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import {
  applyMigrations,
  createDatabaseIfMissing,
  defaultMigrationsDir,
  readMigrations,
} from '../../src/persistence/migrations/apply.ts';
import { applyWithPrismaEngine, diffSchemas } from '../../src/persistence/migrations/schema-engine.ts';
import { type ScratchDatabase, scratchDatabase } from '../support/database.ts';

const schemaPath = new URL('../../prisma/schema.prisma', import.meta.url);
const run = promisify(execFile);

const scratch: ScratchDatabase[] = [];
async function emptyDatabase(label: string): Promise<string> {
  // A new name every time: dropping a database forces a checkpoint, which is slow on a busy
  // server, so the drops wait for afterAll.
  const db = await scratchDatabase(`${label}_${scratch.length}`);
  scratch.push(db);
  return db.url;
}
afterAll(async () => {
  for (const db of scratch) await db.drop();
});

async function sql<T extends pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * pg_dump --schema-only as a sorted list of statements, without what does not make two schemas
 * different: comments, session settings, pg_dump's random \restrict key, object order, and the
 * order of columns and enum labels (a migration appends a column that the schema lists mid-model).
 */
async function schemaStatements(url: string): Promise<string[]> {
  const args = ['--schema-only', '--no-owner', '--no-privileges', '--exclude-table=_prisma_migrations'];
  const { stdout } = await run('pg_dump', [...args, `--dbname=${url}`], { maxBuffer: 64 << 20 });
  const kept = stdout.split('\n').filter((line) => !/^(--|\\|SET |SELECT pg_catalog\.set_config)/.test(line));
  return kept
    .join('\n')
    .split(/;\n/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '')
    .map((statement) => {
      const lines = statement.split('\n');
      if (lines.length < 3) return statement;
      const body = lines.slice(1, -1).map((line) => line.trim().replace(/,$/, ''));
      return [lines[0], ...body.sort(), lines.at(-1)].join('\n');
    })
    .sort();
}

interface Drift {
  onlyFromMigrations: string[];
  onlyFromSchema: string[];
}

/** Compares the database the migrations build with the one `schema` describes. */
async function drift(schema: string, migrationsDir = defaultMigrationsDir): Promise<Drift> {
  const fromMigrations = await emptyDatabase('drift_migrations');
  await applyMigrations(fromMigrations, { migrationsDir });
  const fromSchema = await emptyDatabase('drift_schema');
  await sql(fromSchema, await diffSchemas('empty', schema));
  const [a, b] = await Promise.all([schemaStatements(fromMigrations), schemaStatements(fromSchema)]);
  return {
    onlyFromMigrations: a.filter((s) => !b.includes(s)),
    onlyFromSchema: b.filter((s) => !a.includes(s)),
  };
}

/** A copy of prisma/migrations (its first `keep` migrations) plus `extra` ones, in a temp folder. */
async function migrationsCopy(keep: number, extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zhuqi-migrations-'));
  for (const m of (await readMigrations()).slice(0, keep)) {
    await cp(join(defaultMigrationsDir, m.name), join(dir, m.name), { recursive: true });
  }
  for (const [name, text] of Object.entries(extra)) await writeMigration(dir, name, text);
  return dir;
}
async function writeMigration(dir: string, name: string, text: string): Promise<void> {
  await cp(join(defaultMigrationsDir, 'migration_lock.toml'), join(dir, 'migration_lock.toml'));
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(join(dir, name, 'migration.sql'), text);
}

const addEnterpriseNickname = (schema: string) =>
  schema.replace(
    /(model Enterprise \{\n(?:.*\n)*?\s+name\s+String\n)/,
    '$1  nickname String? @map("nickname")\n',
  );

describe('the migrations match prisma/schema.prisma', () => {
  test('they build exactly the schema that schema.prisma describes', async () => {
    const started = Date.now();
    expect(await drift(await readFile(schemaPath, 'utf8'))).toEqual({
      onlyFromMigrations: [],
      onlyFromSchema: [],
    });
    console.log(`drift check: ${Date.now() - started} ms`);
  });

  test('a schema change without its migration is reported as drift', async () => {
    const changed = addEnterpriseNickname(await readFile(schemaPath, 'utf8'));
    const found = await drift(changed);
    expect(found.onlyFromSchema.join('\n')).toContain('nickname text');
    expect(found.onlyFromMigrations).toHaveLength(1); // the same CREATE TABLE without the column
  });

  test('a change with the migration db:new would write is not drift, though the column lands last', async () => {
    const schema = await readFile(schemaPath, 'utf8');
    const changed = addEnterpriseNickname(schema);
    const migration = await diffSchemas(schema, changed);
    expect(migration).toContain('ADD COLUMN     "nickname" TEXT');
    const dir = await migrationsCopy(Number.POSITIVE_INFINITY, { '29990101000000_nickname': migration });
    expect(await drift(changed, dir)).toEqual({ onlyFromMigrations: [], onlyFromSchema: [] });
    await rm(dir, { recursive: true });
  });

  test('an unchanged schema diffs to nothing', async () => {
    const schema = await readFile(schemaPath, 'utf8');
    expect(await diffSchemas(schema, schema)).toBe('');
  });

  test('enterprise search has its GIN index on enterprises.search_grams', async () => {
    const url = await emptyDatabase('gin');
    await applyMigrations(url);
    const rows = await sql<{ indexdef: string }>(
      url,
      "SELECT indexdef FROM pg_indexes WHERE tablename = 'enterprises'",
    );
    expect(rows.map((r) => r.indexdef)).toContain(
      'CREATE INDEX enterprises_search_grams_idx ON public.enterprises USING gin (search_grams)',
    );
  });
});

describe('applyMigrations', () => {
  test('applies every migration once; a second run applies nothing', async () => {
    const url = await emptyDatabase('twice');
    const all = (await readMigrations()).map((m) => m.name);
    const log: string[] = [];
    expect(await applyMigrations(url, { log: (m) => log.push(m) })).toEqual({ applied: all });
    expect(log).toEqual(all.map((name) => `applied ${name}`));
    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });

  test('applies only the migrations the database does not have yet', async () => {
    const url = await emptyDatabase('partial');
    const first = await migrationsCopy(1);
    const later = await migrationsCopy(1, {
      '29990101000000_probe': 'CREATE TABLE probe (id integer);',
      '29990102000000_probe_name': 'ALTER TABLE probe ADD COLUMN name text;',
    });
    const firstName = (await readMigrations(first)).map((m) => m.name);
    expect((await applyMigrations(url, { migrationsDir: first })).applied).toEqual(firstName);
    expect((await applyMigrations(url, { migrationsDir: later })).applied).toEqual([
      '29990101000000_probe',
      '29990102000000_probe_name',
    ]);
    expect(await sql(url, 'SELECT id, name FROM probe')).toEqual([]);
    await Promise.all([rm(first, { recursive: true }), rm(later, { recursive: true })]);
  });

  test('refuses a migration that was changed after it was applied', async () => {
    const url = await emptyDatabase('edited');
    const dir = await migrationsCopy(1, { '29990101000000_probe': 'CREATE TABLE probe (id integer);' });
    await applyMigrations(url, { migrationsDir: dir });
    await writeMigration(dir, '29990101000000_probe', 'CREATE TABLE probe (id bigint);');
    await writeMigration(dir, '29990102000000_more', 'CREATE TABLE more (id integer);');
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      /29990101000000_probe was changed after it was applied/,
    );
    // Refused before doing anything: the later migration is not applied either.
    expect(await sql(url, "SELECT to_regclass('more') AS t")).toEqual([{ t: null }]);
    await rm(dir, { recursive: true });
  });

  test('refuses while a failed migration is recorded, and carries on once it is marked rolled back', async () => {
    const url = await emptyDatabase('failed');
    await applyMigrations(url);
    // What `prisma migrate deploy` leaves after a failing script: a row without finished_at.
    await sql(
      url,
      "INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ('x', 'y', 'z_broken')",
    );
    await expect(applyMigrations(url)).rejects.toThrow(/z_broken failed earlier/);
    await sql(url, "UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = 'x'");
    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });

  test('a failing migration is rolled back whole and not recorded, so a fixed one can run', async () => {
    const url = await emptyDatabase('rollback');
    const dir = await migrationsCopy(0, {
      '29990101000000_bad': 'CREATE TABLE half (id int);\nSELECT nope;',
    });
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/29990101000000_bad failed/);
    expect(await sql(url, "SELECT to_regclass('half') AS t")).toEqual([{ t: null }]);
    expect(await sql(url, 'SELECT * FROM _prisma_migrations')).toEqual([]);
    await writeMigration(dir, '29990101000000_bad', 'CREATE TABLE half (id int);');
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual({ applied: ['29990101000000_bad'] });
    await rm(dir, { recursive: true });
  });

  test('two processes starting at once apply each migration exactly once', async () => {
    const url = await emptyDatabase('race');
    const all = (await readMigrations()).map((m) => m.name);
    const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect([...a.applied, ...b.applied]).toEqual(all);
    expect(await sql(url, 'SELECT count(*)::int AS n FROM _prisma_migrations')).toEqual([{ n: all.length }]);
  });

  test("keeps Prisma's bookkeeping: Prisma's own engine and ours each take over from the other", async () => {
    const ours = await emptyDatabase('ours');
    const prismas = await emptyDatabase('prismas');
    const all = (await readMigrations()).map((m) => m.name);
    expect((await applyMigrations(ours)).applied).toEqual(all);
    expect(await applyWithPrismaEngine(prismas)).toEqual(all);
    // Same table, column for column (pg_dump of just _prisma_migrations).
    const table = async (url: string) => {
      const { stdout } = await run('pg_dump', [
        '--schema-only',
        '--table=_prisma_migrations',
        `--dbname=${url}`,
      ]);
      return stdout.split('\n').filter((line) => !/^(--|\\)/.test(line));
    };
    expect(await table(ours)).toEqual(await table(prismas));
    // Same rows, apart from ids and times.
    const rows = (url: string) =>
      sql(
        url,
        `SELECT migration_name, checksum, logs, rolled_back_at, applied_steps_count,
                id ~ '^[0-9a-f-]{36}$' AS uuid_id, finished_at >= started_at AS finished
         FROM _prisma_migrations ORDER BY migration_name`,
      );
    expect(await rows(ours)).toEqual(await rows(prismas));
    // And each side sees nothing left to do in the other's database.
    expect(await applyWithPrismaEngine(ours)).toEqual([]);
    expect(await applyMigrations(prismas)).toEqual({ applied: [] });
  });
});

describe('createDatabaseIfMissing', () => {
  test('creates the database once', async () => {
    const db = await scratchDatabase('created');
    await db.drop();
    scratch.push(db); // dropped again at the end, once created below
    const { url } = db;
    expect(await createDatabaseIfMissing(url)).toBe(true);
    expect(await createDatabaseIfMissing(url)).toBe(false);
    expect(await sql(url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });
});
