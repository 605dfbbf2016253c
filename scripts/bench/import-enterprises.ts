// npm run bench:import [-- --runs N]
// Times the enterprise import end to end (read CSV, validate, write) on a throwaway database of the
// local server: 20,000 rows into an empty table, then the same file again (nothing changes).
// Results go in docs/benchmarks.md, "Directory import".
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { importFile } from '../../src/cli/import/import-file.ts';
import { importRecords } from '../../src/cli/import/import-records.ts';
import { demoEnterprises } from '../../src/cli/seed/demo-enterprises.ts';
import { demoOrganisation } from '../../src/cli/seed/demo-organisation.ts';
import { loadConfig } from '../../src/config/config.ts';
import { COLUMNS } from '../../src/domain/directory/columns.ts';
import type { EnterpriseRecord } from '../../src/domain/directory/records.ts';
import { inDirectoryTransaction } from '../../src/persistence/directory/write-directory.ts';
import { applyMigrations, quoteIdent, splitDatabaseUrl } from '../../src/persistence/migrations/apply.ts';
import { createPrisma } from '../../src/persistence/prisma.ts';

const ROWS = 20_000;

function csvCell(value: string | boolean | null): string {
  const text = value === null ? '' : value === true ? '是' : value === false ? '否' : value;
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The file an admin would upload: Chinese headers, a BOM, CRLF, as Excel's "CSV UTF-8" writes. */
function enterpriseCsv(records: readonly EnterpriseRecord[]): string {
  const header = COLUMNS.enterprises.map((c) => c.chinese[0]).join(',');
  const lines = records.map((e) =>
    [e.creditCode, e.name, e.shortName, e.address, e.industry, e.aboveScale, e.cadreCode]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}

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
  return [result, (performance.now() - started) / 1000];
}

async function benchOnce(serverUrl: string, databaseUrl: string, csvPath: string) {
  const name = new URL(databaseUrl).pathname.slice(1);
  await withServer(serverUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  try {
    await applyMigrations(databaseUrl);
    const prisma = createPrisma(databaseUrl, { max: 2 });
    try {
      // The cadres the file's cadre_code column names must exist: the demo organisation's.
      const organisation = demoOrganisation();
      await inDirectoryTransaction(prisma, async (tx) => {
        for (const kind of ['units', 'cadres'] as const) {
          const records = organisation[kind].map((record, i) => ({ row: i + 2, record }));
          await importRecords(tx, kind, { records, errors: [] }, { skipInvalid: false });
        }
      });
      const options = { skipInvalid: false };
      const [first, firstSeconds] = await timed(() => importFile(prisma, 'enterprises', csvPath, options));
      const [again, againSeconds] = await timed(() => importFile(prisma, 'enterprises', csvPath, options));
      if (first.written?.created !== ROWS || again.written?.unchanged !== ROWS) {
        throw new Error(`unexpected counts: ${JSON.stringify([first.written, again.written])}`);
      }
      return { firstSeconds, againSeconds };
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await withServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Math.max(1, Number(values.runs) || 3);
  const { serverUrl } = splitDatabaseUrl(loadConfig().databaseUrl);
  const dir = await mkdtemp(join(tmpdir(), 'zhuqi-bench-'));
  try {
    const csvPath = join(dir, 'enterprises.csv');
    await writeFile(csvPath, enterpriseCsv(demoEnterprises(demoOrganisation().teamCadreCodes, ROWS)));
    const [{ rows }] = await withServer(serverUrl, async (c) => [await c.query('SHOW server_version')]);
    const cpu = cpus();
    console.log(
      `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    );
    console.log(`software: Node ${process.version}, PostgreSQL ${rows[0]?.server_version}`);
    console.log(`date: ${new Date().toISOString()}`);
    console.log(`file: ${ROWS} enterprises (CSV, Chinese headers, 554 with a cadre), fresh database per run`);
    const results = [];
    for (let run = 1; run <= runs; run++) {
      const url = new URL(serverUrl);
      url.pathname = `/zhuqi_bench_${process.pid}_${run}`;
      const result = await benchOnce(serverUrl, url.toString(), csvPath);
      results.push(result);
      console.log(
        `run ${run}: first import ${result.firstSeconds.toFixed(2)} s, re-import (unchanged) ${result.againSeconds.toFixed(2)} s`,
      );
    }
    console.log(
      `median of ${runs}: first import ${median(results.map((r) => r.firstSeconds)).toFixed(2)} s, ` +
        `re-import ${median(results.map((r) => r.againSeconds)).toFixed(2)} s`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
