import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '../../../src/cli/seed/chinese-numerals.ts';
import { demoData } from '../../../src/cli/seed/demo-data.ts';
import { createRandom } from '../../../src/cli/seed/prng.ts';
import { checkReferences } from '../../../src/domain/directory/check-references.ts';
import { isValidCreditCode } from '../../../src/domain/directory/credit-code.ts';

describe('demo data', () => {
  const data = demoData();

  it('is the same on every call', () => {
    expect(demoData()).toEqual(data);
  });

  it('has the organisation of the report', () => {
    const kinds = data.units.map((u) => u.kind);
    const count = (kind: string) => kinds.filter((k) => k === kind).length;
    expect([
      count('leadership'),
      count('task_force'),
      count('function_group'),
      count('team'),
      count('group'),
    ]).toEqual([1, 4, 7, 63, 192]);
    expect(count('supervision')).toBe(1);
    expect(data.cadres).toHaveLength(540);
    expect(data.cadres.filter((c) => c.rank === 'district_leader')).toHaveLength(28);
    expect(data.cadres.filter((c) => c.roles.includes('admin'))).toHaveLength(1);
    expect(data.cadres.filter((c) => c.roles.includes('dispatch')).length).toBeGreaterThan(1);
    expect(data.units.every((u) => u.leadCadreCode !== null)).toBe(true);
  });

  it('gives teams a division-level head and a district leader, and groups a deputy-division head', () => {
    const rank = new Map(data.cadres.map((c) => [c.code, c.rank]));
    for (const team of data.units.filter((u) => u.kind === 'team')) {
      expect(rank.get(team.leadCadreCode as string)).toBe('division');
      const leaders = data.cadres.filter(
        (c) => c.rank === 'district_leader' && c.unitCodes.includes(team.code),
      );
      expect(leaders).toHaveLength(1);
    }
    for (const group of data.units.filter((u) => u.kind === 'group')) {
      expect(rank.get(group.leadCadreCode as string)).toBe('deputy_division');
    }
  });

  it('has distinct names, Slack ids and codes', () => {
    const distinct = (values: unknown[]) => new Set(values).size;
    expect(distinct(data.cadres.map((c) => c.name))).toBe(540);
    expect(distinct(data.cadres.map((c) => c.slackUserId))).toBe(540);
    expect(data.cadres.every((c) => /^U0[A-Z0-9]{8}$/.test(c.slackUserId ?? ''))).toBe(true);
    expect(distinct(data.enterprises.map((e) => e.creditCode))).toBe(20_000);
    expect(distinct(data.enterprises.map((e) => e.name))).toBe(20_000);
  });

  it('has 20,000 enterprises with valid codes and company names, 554 assigned to team cadres', () => {
    expect(data.enterprises).toHaveLength(20_000);
    expect(data.enterprises.every((e) => isValidCreditCode(e.creditCode))).toBe(true);
    expect(data.enterprises.every((e) => /公司$/.test(e.name))).toBe(true);
    expect(data.enterprises[0]?.name).toBe('长春市春城热力有限公司');
    const assigned = data.enterprises.filter((e) => e.cadreCode !== null);
    expect(assigned).toHaveLength(554);
    const teamCadres = new Set(
      data.cadres
        .filter((c) => c.unitCodes.some((code) => /^T\d\d/.test(code)) && c.rank !== 'district_leader')
        .map((c) => c.code),
    );
    expect(assigned.every((e) => teamCadres.has(e.cadreCode as string))).toBe(true);
  });

  it('has 74 projects, 50 of 100 million yuan or more, 34 of those started or resumed; 30 policies', () => {
    expect(data.projects).toHaveLength(74);
    const large = data.projects.filter((p) => Number(p.amountYuan) >= 1e8);
    expect(large).toHaveLength(50);
    expect(large.filter((p) => p.status === 'started' || p.status === 'resumed')).toHaveLength(34);
    expect(new Set(data.projects.map((p) => p.taskForceCode)).size).toBe(4);
    expect(data.policies).toHaveLength(30);
  });

  it('passes the import checks against its own organisation', () => {
    const units = new Map(data.units.map((u) => [u.code, { kind: u.kind, parentCode: u.parentCode }]));
    const cadres = new Map(data.cadres.map((c) => [c.code, { slackUserId: c.slackUserId }]));
    for (const kind of ['units', 'cadres', 'enterprises', 'projects', 'policies'] as const) {
      const records = data[kind].map((record, i) => ({ row: i + 2, record }));
      expect(checkReferences(kind, records, { units, cadres }).errors).toEqual([]);
    }
  });
});

describe('seed helpers', () => {
  it('writes Chinese numerals up to 99', () => {
    expect([1, 10, 11, 20, 21, 63, 99].map(chineseNumeral)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十一',
      '六十三',
      '九十九',
    ]);
    expect(() => chineseNumeral(0)).toThrow(RangeError);
  });

  it('draws the same numbers from the same stream, different ones from another', () => {
    const draw = (name: string) => {
      const random = createRandom(name);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    expect(draw('a').every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
