// The one wrapper around Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm, pinned
// exactly: its interface is internal to Prisma). Dev tooling only: writing a migration, checking
// drift. The deploy path (./apply.ts) must never depend on it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import { defaultMigrationsDir, readMigrations } from './apply.ts';

type Engine = glue.SchemaEngine;

// The project's lib (ES2023, no DOM) has no WebAssembly value; Node has it. Only what we call:
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let loading: Promise<void> | undefined;

/** Node cannot import a .wasm module, so do what the package's entry point would: instantiate, hand over. */
function loadWasm(): Promise<void> {
  loading ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm');
    const bytes = await readFile(join(dirname(entry), 'schema_engine_bg.wasm'));
    // The .wasm imports every function of its JS glue under the glue's own file name.
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loading;
}

// SchemaEngine.new connects at once and runs this probe (does the schema exist, which server),
// even when the command that follows only compares two datamodels. The answer only tells
// PostgreSQL from CockroachDB: diffs were verified identical for PostgreSQL 9.6 and 15 answers.
const STARTUP_PROBE = /^SELECT EXISTS\(SELECT 1 FROM pg_namespace WHERE nspname = \$1\), version\(\)/;
const PROBE_ANSWER: SqlResultSet = {
  columnNames: ['exists', 'version', 'numeric_version'],
  columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
  rows: [[true, 'PostgreSQL 15.0 (offline)', 150000]],
};

/**
 * A driver adapter with no database behind it: answers the startup probe and refuses anything
 * else, so a diff provably reads and writes nothing (and needs no running server).
 */
function offlineAdapterFactory(refusals: string[]): SqlMigrationAwareDriverAdapterFactory {
  const info = { provider: 'postgres', adapterName: 'zhuqi-offline' } as const;
  const refuse = (what: string): Promise<never> => {
    refusals.push(`the schema engine tried to use a database during a diff: ${what}`);
    return Promise.reject(new Error(refusals.at(-1)));
  };
  const adapter: SqlDriverAdapter = {
    ...info,
    queryRaw: (q: SqlQuery) => (STARTUP_PROBE.test(q.sql) ? Promise.resolve(PROBE_ANSWER) : refuse(q.sql)),
    executeRaw: (q: SqlQuery) => refuse(q.sql),
    executeScript: (script: string) => refuse(script),
    startTransaction: () => refuse('a transaction'),
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: () => Promise.resolve(),
  };
  return { ...info, connect: async () => adapter, connectToShadowDb: () => refuse('a shadow database') };
}

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: Engine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  // engine.free() does not dispose the connections it opened: PrismaPg's pooled session would
  // stay open, and with it the engine's migrate advisory lock, until the pool's idle timeout.
  const opened: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  };
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return adapter;
  };
  // The callback receives the engine's JSON log lines; errors reach us as rejections anyway.
  const engine = await glue.SchemaEngine.new(
    { datamodels: undefined },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

const noFilters = { externalTables: [], externalEnums: [] };
const datamodel = (content: string) => ({
  tag: 'schemaDatamodel' as const,
  files: [{ path: 'schema.prisma', content }],
});

/**
 * The SQL that takes a database shaped like `from` (a Prisma schema's text, or 'empty') to `to`.
 * Returns '' when there is nothing to do. Touches no database.
 */
export async function diffSchemas(from: string | 'empty', to: string): Promise<string> {
  const refusals: string[] = [];
  try {
    const result = await withEngine(offlineAdapterFactory(refusals), (engine) =>
      engine.diff({
        from: from === 'empty' ? { tag: 'empty' } : datamodel(from),
        to: datamodel(to),
        script: true,
        exitCode: null,
        filters: noFilters,
      }),
    );
    const script = result.stdout ?? '';
    // An empty diff comes back as a comment ("-- This is an empty migration.").
    const statements = script.replace(/^--.*$/gm, '').trim();
    return statements === '' ? '' : script;
  } catch (error) {
    // The adapter's own error is only "External error id#0" by the time it crosses the engine.
    if (refusals.length > 0) throw new Error(refusals.join('; '), { cause: error });
    throw error;
  }
}

/**
 * Prisma's own `migrate deploy`, run by the WASM engine through @prisma/adapter-pg. Not for
 * deploying (that is ./apply.ts): tests use it to prove our bookkeeping is what Prisma expects.
 */
export async function applyWithPrismaEngine(
  databaseUrl: string,
  migrationsDir: string = defaultMigrationsDir,
): Promise<string[]> {
  const migrations = await readMigrations(migrationsDir);
  const lockPath = join(migrationsDir, 'migration_lock.toml');
  const lockContent = await readFile(lockPath, 'utf8').catch(() => null);
  const adapterFactory = new PrismaPg({ connectionString: databaseUrl, max: 1 });
  const output = await withEngine(adapterFactory, (engine) =>
    engine.applyMigrations({
      migrationsList: {
        baseDir: migrationsDir,
        lockfile: { path: 'migration_lock.toml', content: lockContent },
        shadowDbInitScript: '',
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value: m.sql } },
        })),
      },
      filters: noFilters,
    }),
  );
  return output.appliedMigrationNames;
}
