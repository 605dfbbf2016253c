import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../src/cli/import/import-file.ts';
import { decodeUtf8, parseCsv } from '../../src/cli/import/read-csv.ts';
import type { DirectoryKind } from '../../src/domain/directory/records.ts';
import { queryGrams } from '../../src/domain/directory/search-grams.ts';
import { directoryDigest } from '../fixtures/directory/table-digest.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test/fixtures/directory');
const ORDER: DirectoryKind[] = ['units', 'cadres', 'enterprises', 'projects', 'policies'];
const FIXTURE_ROWS = { units: 6, cadres: 6, enterprises: 4, projects: 3, policies: 2 };

let db: TestDatabase;
let scratch: string;

beforeAll(async () => {
  db = await freshDatabase();
  scratch = await mkdtemp(join(tmpdir(), 'zhuqi-import-'));
});
afterAll(async () => {
  await db.close();
  await rm(scratch, { recursive: true, force: true });
});
beforeEach(() => db.reset());

const importKind = (kind: DirectoryKind, path: string, skipInvalid = false) =>
  importFile(db.prisma, kind, path, { skipInvalid });

async function importAll(pathOf: (kind: DirectoryKind) => string) {
  const outcomes = [];
  for (const kind of ORDER) outcomes.push(await importKind(kind, pathOf(kind)));
  return outcomes;
}

const csv = (kind: string) => join(fixtures, `${kind}.csv`);

describe('import from CSV', () => {
  it('imports every directory, and importing the same files again changes nothing', async () => {
    const first = await importAll(csv);
    for (const outcome of first) {
      expect(outcome.errors).toEqual([]);
      expect(outcome.written).toMatchObject({
        created: FIXTURE_ROWS[outcome.kind],
        updated: 0,
        unchanged: 0,
      });
    }
    const before = await directoryDigest(db.prisma, { timestamps: true });

    const second = await importAll(csv);
    for (const outcome of second) {
      expect(outcome.written).toMatchObject({
        created: 0,
        updated: 0,
        unchanged: FIXTURE_ROWS[outcome.kind],
      });
    }
    expect(await directoryDigest(db.prisma, { timestamps: true })).toEqual(before);
  });

  it('stores what the files say', async () => {
    await importAll(csv);
    const group = await db.prisma.unit.findUniqueOrThrow({
      where: { code: 'T01-G1' },
      include: { parent: true, lead: true },
    });
    // The group comes before its team in the file; its lead was named before the cadre existed.
    expect([group.kind, group.parent?.code, group.lead?.code]).toEqual(['group', 'T01', 'G01']);
    expect((await db.prisma.unit.findUniqueOrThrow({ where: { code: 'DISPATCH' } })).kind).toBe('dispatch');

    const staff = await db.prisma.cadre.findUniqueOrThrow({
      where: { code: 'S01' },
      include: { memberships: { include: { unit: true } } },
    });
    expect(staff.roles).toEqual(['dispatch', 'admin']);
    expect(staff.slackUserId).toBeNull();
    expect(staff.memberships.map((m) => m.unit.code).sort()).toEqual(['DISPATCH', 'T01-G1']);
    const leader = await db.prisma.cadre.findUniqueOrThrow({ where: { code: 'L01' } });
    expect([leader.rank, leader.slackUserId]).toEqual(['district_leader', 'U0LEADER01']);

    const firm = await db.prisma.enterprise.findUniqueOrThrow({
      where: { creditCode: '91220102265077345T' },
      include: { cadre: true },
    });
    expect([firm.name, firm.shortName, firm.aboveScale, firm.cadre?.code]).toEqual([
      '长春市春城热力有限公司',
      '春城热力',
      true,
      'G01',
    ]);
    expect(firm.searchGrams).toEqual(expect.arrayContaining(['热力', '春城', '91', '5t']));
    const quoted = await db.prisma.enterprise.findUniqueOrThrow({
      where: { creditCode: '912201027263307034' },
    });
    expect(quoted.address).toBe('长春市南关区自由大路8号, 2楼');

    const project = await db.prisma.project.findUniqueOrThrow({
      where: { code: 'XM-002' },
      include: { taskForce: true },
    });
    expect([
      project.amountYuan.toString(),
      project.status,
      project.taskForce.code,
      project.leadCadreId,
    ]).toEqual(['86000000.5', 'under_construction', 'TF-01', null]);
    const policy = await db.prisma.policy.findUniqueOrThrow({ where: { code: 'ZC-002' } });
    expect([policy.summary, policy.tags]).toEqual([null, ['融资', '风险补偿']]);
  });

  it('counts a changed row as updated and leaves the others alone', async () => {
    await importAll(csv);
    const text = await readFile(csv('enterprises'), 'utf8');
    const edited = join(scratch, 'enterprises-edited.csv');
    await writeFile(edited, text.replace('吉林省恒通物流有限公司', '吉林省恒通供应链有限公司'));
    const outcome = await importKind('enterprises', edited);
    expect(outcome.written).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    const firm = await db.prisma.enterprise.findUniqueOrThrow({
      where: { creditCode: '91220102MA30P14D3P' },
    });
    expect(firm.searchGrams).toEqual(expect.arrayContaining(['通供', '供应', '应链']));
  });

  it("replaces a cadre's memberships and lets Slack ids move between cadres of one file", async () => {
    await importAll(csv);
    const moved = join(scratch, 'cadres-moved.csv');
    await writeFile(
      moved,
      [
        'code,name,slack_user_id,rank,unit_codes,roles',
        'H01,刘洋,U0GROUPH01,division,T01;TF-01,',
        'G01,陈静,U0TEAMHD01,deputy_division,T01-G1,',
      ].join('\n'),
    );
    const outcome = await importKind('cadres', moved);
    expect(outcome.written).toMatchObject({ created: 0, updated: 2, unchanged: 0 });
    const head = await db.prisma.cadre.findUniqueOrThrow({
      where: { code: 'H01' },
      include: { memberships: { include: { unit: true } } },
    });
    expect(head.slackUserId).toBe('U0GROUPH01');
    expect(head.memberships.map((m) => m.unit.code).sort()).toEqual(['T01', 'TF-01']);

    const sameSet = join(scratch, 'cadres-same.csv');
    await writeFile(
      sameSet,
      'code,name,slack_user_id,rank,unit_codes,roles\nH01,刘洋,U0GROUPH01,division,TF-01;T01,\n',
    );
    expect((await importKind('cadres', sameSet)).written).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('finds 热力 inside 长春市春城热力有限公司 through the GIN index', async () => {
    await importAll(csv);
    const search = (query: string) =>
      db.prisma.$queryRaw<{ name: string }[]>`
        SELECT name FROM enterprises
        WHERE search_grams @> ${queryGrams(query)}::text[]
          AND (name ILIKE ${`%${query}%`} OR short_name ILIKE ${`%${query}%`} OR credit_code ILIKE ${`%${query}%`})
        ORDER BY name`;
    expect(await search('热力')).toEqual([{ name: '长春市春城热力有限公司' }]);
    expect(await search('热')).toEqual([{ name: '长春市春城热力有限公司' }]);
    expect(await search('265077')).toEqual([{ name: '长春市春城热力有限公司' }]);
    expect((await search('长春')).map((r) => r.name)).toEqual([
      '长春华泰光电有限公司',
      '长春市春城热力有限公司',
      '长春市鑫源商贸有限公司',
    ]);
    expect(await search('热城')).toEqual([]);

    const plan = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ 'QUERY PLAN': string }[]>`
        EXPLAIN SELECT name FROM enterprises WHERE search_grams @> ${queryGrams('热力')}::text[]`;
    });
    expect(plan.map((line) => line['QUERY PLAN']).join('\n')).toContain('enterprises_search_grams_idx');
  });
});

describe('bad rows', () => {
  it('are reported with their row numbers and reasons, and nothing is written', async () => {
    await importKind('units', csv('units'));
    await importKind('cadres', csv('cadres'));
    const outcome = await importKind('enterprises', join(fixtures, 'enterprises-invalid.csv'));
    expect(outcome.written).toBeNull();
    expect(outcome.errors).toEqual([
      {
        row: 3,
        reason: 'credit_code: bad credit code 91220102390654754D: check character should be C, not D',
      },
      { row: 4, reason: 'cadre_code: unknown cadre "NOBODY"' },
      { row: 6, reason: 'above_scale: "maybe" is not yes/no (是/否)' },
      { row: 7, reason: 'duplicate credit_code 91220102071939277P (also in row 8)' },
      { row: 8, reason: 'duplicate credit_code 91220102071939277P (also in row 7)' },
      { row: 9, reason: 'name: required' },
    ]);
    expect([outcome.invalidRows, outcome.validRows]).toEqual([6, 1]);
    expect(await db.prisma.enterprise.count()).toBe(0);
  });

  it('include units under a rejected parent and unknown enum values; nothing is written', async () => {
    const outcome = await importKind('units', join(fixtures, 'units-invalid.csv'));
    expect(outcome.written).toBeNull();
    expect(outcome.ignoredColumns).toEqual(['序号']);
    expect(outcome.errors).toEqual([
      { row: 4, reason: 'parent_code: unknown parent unit "T99"' },
      { row: 5, reason: 'parent_code: parent unit "T01-G1" is invalid (row 4)' },
      {
        row: 6,
        reason:
          'kind: "brigade" is not one of leadership, task_force, dispatch, function_group, team, group, supervision',
      },
    ]);
    expect(await db.prisma.unit.count()).toBe(0);
  });

  it('are skipped with --skip-invalid, and the good rows imported', async () => {
    await importKind('units', csv('units'));
    await importKind('cadres', csv('cadres'));
    const outcome = await importKind('enterprises', join(fixtures, 'enterprises-invalid.csv'), true);
    expect(outcome.written).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(outcome.invalidRows).toBe(6);
    const firms = await db.prisma.enterprise.findMany({ select: { creditCode: true } });
    expect(firms).toEqual([{ creditCode: '91220102265077345T' }]);

    const units = await importKind('units', join(fixtures, 'units-invalid.csv'), true);
    // T01-G1-A's parent is rejected in this file but exists in the database, so it is imported; LEAD
    // and T01 lose the leads the earlier file gave them, as this file's blank lead cells say.
    expect(units.written).toMatchObject({ created: 1, updated: 2, unchanged: 0 });
  });
});

/** The CSV fixtures as workbooks, with the cell types Excel produces: numbers, rich text, links. */
async function writeXlsxFixtures(dir: string): Promise<void> {
  for (const kind of ORDER) {
    const table = parseCsv(decodeUtf8(await readFile(csv(kind))));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(kind);
    sheet.addRow([...table.headers]);
    for (const { cells } of table.rows) {
      const row = sheet.addRow(
        cells.map((cell, i) => {
          const header = table.headers[i];
          if (header === 'amount_yuan') return Number(cell.replaceAll(',', ''));
          if (header === '链接' && cell !== '') return { text: cell, hyperlink: cell };
          return cell;
        }),
      );
      if (kind === 'units')
        row.getCell(2).value = {
          richText: [{ text: String(cells[1]).slice(0, 2) }, { text: String(cells[1]).slice(2) }],
        };
    }
    await workbook.xlsx.writeFile(join(dir, `${kind}.xlsx`));
  }
}

describe('import from XLSX', () => {
  it('stores the same data as the CSV files, and a re-import changes nothing', async () => {
    await importAll(csv);
    const fromCsv = await directoryDigest(db.prisma, { timestamps: false });
    await db.reset();

    await writeXlsxFixtures(scratch);
    const xlsx = (kind: string) => join(scratch, `${kind}.xlsx`);
    const first = await importAll(xlsx);
    expect(first.flatMap((o) => o.errors)).toEqual([]);
    expect(await directoryDigest(db.prisma, { timestamps: false })).toEqual(fromCsv);
    const again = await importAll(xlsx);
    expect(again.map((o) => o.written?.unchanged)).toEqual(ORDER.map((kind) => FIXTURE_ROWS[kind]));
  });
});

describe('the CLI', () => {
  const run = promisify(execFile);
  const zhuqi = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(
        join(root, 'node_modules/.bin/tsx'),
        ['src/cli/main.ts', ...args],
        {
          cwd: root,
          env: { ...process.env, DATABASE_URL: db.url },
        },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  it('imports a file and exits 0, and exits 1 listing the bad rows of a bad file', async () => {
    const ok = await zhuqi('import', 'units', 'test/fixtures/directory/units.csv');
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(
      /^units: 6 created, 0 updated, 0 unchanged, 0 invalid \(.*units\.csv, [\d.]+ s\)$/m,
    );

    const bad = await zhuqi('import', 'units', 'test/fixtures/directory/units-invalid.csv');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('row 4: parent_code: unknown parent unit "T99"');
    expect(bad.stdout).toContain('nothing imported');

    const skipped = await zhuqi(
      'import',
      'units',
      'test/fixtures/directory/units-invalid.csv',
      '--skip-invalid',
    );
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toMatch(/^units: 1 created, 0 updated, 2 unchanged, 2 invalid/m);
  }, 60_000);

  it('exits 2 with the usage on a wrong command line, 1 on a missing file', async () => {
    const unknown = await zhuqi('frobnicate');
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      expect.stringContaining('unknown command "frobnicate"'),
    ]);
    expect(unknown.stderr).toContain('Usage: npm run zhuqi -- <command>');
    const noKind = await zhuqi('import', 'widgets', 'x.csv');
    expect([noKind.code, noKind.stderr]).toEqual([2, expect.stringContaining('unknown directory "widgets"')]);
    const missing = await zhuqi('import', 'units', 'no/such/file.csv');
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('no/such/file.csv')]);
    const help = await zhuqi('import', '--help');
    expect([help.code, help.stdout]).toEqual([0, expect.stringContaining('lead_cadre_code (负责人编码)')]);
  }, 60_000);
});
