// The deploy path: applies prisma/migrations/<name>/migration.sql with plain `pg`, no Prisma engine.
// It keeps Prisma's own bookkeeping (`_prisma_migrations`, same columns, same checksums, same
// advisory lock), so a machine with the real Prisma CLI can take over with `prisma migrate deploy`.
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const defaultMigrationsDir = fileURLToPath(new URL('../../../prisma/migrations', import.meta.url));

/** Prisma's key for `pg_advisory_lock`: holding the same one keeps us and `prisma migrate` apart. */
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

// Verbatim from the schema engine (its PostgreSQL flavour), so the table is the one Prisma expects.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 hex of the file's bytes: what Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
}

export interface ApplyOptions {
  migrationsDir?: string;
  log?: (msg: string) => void;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** The migrations on disk, in name order (the timestamp prefix makes that chronological). */
export async function readMigrations(migrationsDir: string = defaultMigrationsDir): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  // Plain code-unit comparison, as Prisma sorts: localeCompare could reorder names.
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(join(migrationsDir, name, 'migration.sql'));
      return {
        name,
        sql: bytes.toString('utf8'),
        checksum: createHash('sha256').update(bytes).digest('hex'),
      };
    }),
  );
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** Refuses a history we must not build on; returns the migrations still to apply. */
function pendingMigrations(files: MigrationFile[], rows: MigrationRow[], log: (msg: string) => void) {
  // Prisma ignores rolled-back rows (kept as an audit trail once `migrate resolve` marked them).
  const live = rows.filter((r) => r.rolled_back_at === null);
  const failed = live.filter((r) => r.finished_at === null);
  if (failed.length > 0) {
    const names = failed.map((r) => r.migration_name).join(', ');
    throw new MigrationError(
      `migration ${names} failed earlier and is still recorded as failed in _prisma_migrations; ` +
        'fix the database by hand, then mark it rolled back (set rolled_back_at) or applied before retrying',
    );
  }
  const applied = new Map(live.map((r) => [r.migration_name, r.checksum]));
  for (const file of files) {
    const checksum = applied.get(file.name);
    if (checksum !== undefined && checksum !== file.checksum) {
      throw new MigrationError(
        `migration ${file.name} was changed after it was applied (checksum ${checksum} in the database, ` +
          `${file.checksum} on disk); restore the file and put the change in a new migration`,
      );
    }
  }
  const known = new Set(files.map((f) => f.name));
  for (const name of applied.keys()) {
    // A newer release may have migrated already (rolling deploy): not an error, but worth a line.
    if (!known.has(name)) log(`note: ${name} is applied in the database but not on disk`);
  }
  return files.filter((f) => !applied.has(f.name));
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  // PostgreSQL DDL is transactional: a failing migration leaves neither half a schema nor a failed
  // row behind, so the next start simply retries it. (A migration that cannot run in a transaction,
  // e.g. CREATE INDEX CONCURRENTLY, is not supported by this path.)
  await client.query('BEGIN');
  try {
    const id = randomUUID();
    // Millisecond timestamps, as Prisma writes them; clock_timestamp() because now() is frozen at BEGIN.
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at)
       VALUES ($1, $2, $3, date_trunc('milliseconds', clock_timestamp()))`,
      [id, file.checksum, file.name],
    );
    await client.query(file.sql);
    await client.query(
      `UPDATE _prisma_migrations
       SET finished_at = date_trunc('milliseconds', clock_timestamp()), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`migration ${file.name} failed and was rolled back: ${reason}`, {
      cause: error,
    });
  }
}

/** Applies every pending migration, each in its own transaction; safe to run from many processes at once. */
export async function applyMigrations(
  databaseUrl: string,
  opts: ApplyOptions = {},
): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const files = await readMigrations(opts.migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  // A dropped connection also surfaces through the pending query; without a listener it would
  // instead crash the process as an unhandled 'error' event.
  client.on('error', () => {});
  await client.connect();
  try {
    // A session lock: a second process waits here, then finds nothing left to apply.
    const { rows: got } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1) AS locked',
      [PRISMA_MIGRATE_LOCK_KEY],
    );
    if (!got[0]?.locked) {
      log('waiting for another process that is applying migrations');
      await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK_KEY]);
    }
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<MigrationRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at',
    );
    const applied: string[] = [];
    for (const file of pendingMigrations(files, rows, log)) {
      await applyOne(client, file);
      applied.push(file.name);
      log(`applied ${file.name}`);
    }
    return { applied };
  } finally {
    // Closing the session releases the advisory lock too; unlock first so a pooled server frees it now.
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/** The database named in the URL, and a URL for the `postgres` maintenance database of the same server. */
export function splitDatabaseUrl(databaseUrl: string): { database: string; serverUrl: string } {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (database === '') throw new MigrationError(`no database name in ${url.origin}`);
  url.pathname = '/postgres';
  return { database, serverUrl: url.toString() };
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Creates the URL's database when it does not exist yet; true when it was created. */
export async function createDatabaseIfMissing(databaseUrl: string): Promise<boolean> {
  const { database, serverUrl } = splitDatabaseUrl(databaseUrl);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount !== 0) return false;
    await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
    return true;
  } catch (error) {
    // Another process created it between our check and our CREATE (duplicate_database, or the
    // unique index on pg_database when both CREATEs raced): either way it exists now.
    const code = (error as { code?: string }).code;
    if (code === '42P04' || code === '23505') return false;
    throw error;
  } finally {
    await client.end();
  }
}
