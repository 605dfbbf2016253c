import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/cli/seed/seed-demo.ts';
import { queryGrams } from '../../src/domain/directory/search-grams.ts';
import { directoryDigest } from '../fixtures/directory/table-digest.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

let db: TestDatabase;

beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(() => db.close());

const count = async (sql: string) => {
  const [row] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT (${sql})::int AS n`);
  return row?.n;
};

// The tests after the first read what it seeded: they run in file order, on one database.
describe('seed demo', () => {
  it('builds the district of the report, and a second run changes nothing', async () => {
    const first = await seedDemo(db.prisma);
    expect(first.map((o) => [o.kind, o.written?.created, o.errors.length])).toEqual([
      ['units', 269, 0],
      ['cadres', 540, 0],
      ['enterprises', 20_000, 0],
      ['projects', 74, 0],
      ['policies', 30, 0],
    ]);
    const digest = await directoryDigest(db.prisma, { timestamps: true });

    const second = await seedDemo(db.prisma);
    expect(second.map((o) => [o.written?.created, o.written?.updated])).toEqual(Array(5).fill([0, 0]));
    // Timestamps included: not one row was rewritten, and ids, codes and counts are the same.
    expect(await directoryDigest(db.prisma, { timestamps: true })).toEqual(digest);
  }, 60_000);

  it('has the report’s counts', async () => {
    const units = (kind: string) => count(`SELECT count(*) FROM units WHERE kind = '${kind}'`);
    expect(await units('leadership')).toBe(1);
    expect(await units('task_force')).toBe(4);
    expect(await units('function_group')).toBe(7);
    expect(await units('team')).toBe(63);
    expect(await units('group')).toBe(192);
    expect(await units('supervision')).toBe(1);
    expect(await units('dispatch')).toBe(1);
    expect(await count(`SELECT count(*) FROM cadres`)).toBe(540);
    expect(await count(`SELECT count(*) FROM cadres WHERE rank = 'district_leader'`)).toBe(28);
    expect(await count(`SELECT count(*) FROM cadres WHERE 'admin' = ANY(roles)`)).toBe(1);
    expect(await count(`SELECT count(*) FROM enterprises`)).toBe(20_000);
    expect(await count(`SELECT count(*) FROM enterprises WHERE cadre_id IS NOT NULL`)).toBe(554);
    expect(await count(`SELECT count(*) FROM projects`)).toBe(74);
    expect(await count(`SELECT count(*) FROM projects WHERE amount_yuan >= 100000000`)).toBe(50);
    expect(
      await count(
        `SELECT count(*) FROM projects WHERE amount_yuan >= 100000000 AND status IN ('started', 'resumed')`,
      ),
    ).toBe(34);
    expect(await count(`SELECT count(*) FROM policies`)).toBe(30);
  });

  it('wires the chain "one leads, three own" and leaves no lead pending', async () => {
    expect(await count(`SELECT count(*) FROM units WHERE lead_cadre_id IS NULL`)).toBe(0);
    expect(await count(`SELECT count(*) FROM settings`)).toBe(0);
    // Every team: owned by a division-level cadre, led by exactly one district leader (a member).
    expect(
      await count(`
        SELECT count(*) FROM units t JOIN cadres head ON head.id = t.lead_cadre_id
        WHERE t.kind = 'team' AND head.rank = 'division'
          AND (SELECT count(*) FROM memberships m JOIN cadres c ON c.id = m.cadre_id
               WHERE m.unit_id = t.id AND c.rank = 'district_leader') = 1`),
    ).toBe(63);
    // Every group: inside a team, owned by a deputy-division cadre.
    expect(
      await count(`
        SELECT count(*) FROM units g JOIN units t ON t.id = g.parent_id JOIN cadres head ON head.id = g.lead_cadre_id
        WHERE g.kind = 'group' AND t.kind = 'team' AND head.rank = 'deputy_division'`),
    ).toBe(192);
    // Assigned firms belong to cadres of a team or one of its groups.
    expect(
      await count(`
        SELECT count(*) FROM enterprises e
        WHERE e.cadre_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM memberships m JOIN units u ON u.id = m.unit_id
          WHERE m.cadre_id = e.cadre_id AND u.kind IN ('team', 'group'))`),
    ).toBe(0);
  });

  it('answers a substring search over the 20,000 firms from the GIN index, unforced', async () => {
    await db.prisma.$executeRaw`ANALYZE enterprises`;
    const grams = queryGrams('春城热力');
    const found = await db.prisma.$queryRaw<{ name: string }[]>`
      SELECT name FROM enterprises WHERE search_grams @> ${grams}::text[] AND name ILIKE ${'%春城热力%'}`;
    expect(found.map((row) => row.name)).toContain('长春市春城热力有限公司');
    const plan = await db.prisma.$queryRaw<{ 'QUERY PLAN': string }[]>`
      EXPLAIN SELECT name FROM enterprises WHERE search_grams @> ${grams}::text[] AND name ILIKE ${'%春城热力%'}`;
    expect(plan.map((line) => line['QUERY PLAN']).join('\n')).toContain(
      'Bitmap Index Scan on enterprises_search_grams_idx',
    );
  });
});
