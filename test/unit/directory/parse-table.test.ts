import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../src/domain/directory/parse-table.ts';
import type { SourceTable } from '../../../src/domain/directory/row-reader.ts';

/** Header row 1, data from row 2, as a file would number them. */
function table(headers: string[], ...rows: string[][]): SourceTable {
  return { headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

const UNIT_HEADERS = ['code', 'name', 'kind', 'parent_code', 'lead_cadre_code'];
const CADRE_HEADERS = ['code', 'name', 'slack_user_id', 'rank', 'unit_codes', 'roles'];
const ENTERPRISE_HEADERS = [
  'credit_code',
  'name',
  'short_name',
  'address',
  'industry',
  'above_scale',
  'cadre_code',
];
const PROJECT_HEADERS = ['code', 'name', 'task_force_code', 'amount_yuan', 'status', 'lead_cadre_code'];
const POLICY_HEADERS = ['code', 'title', 'issuer', 'summary', 'url', 'tags'];

describe('parseTable', () => {
  it('reads units, with enum values in English or Chinese and blanks as null', () => {
    const result = parseTable(
      'units',
      table(
        UNIT_HEADERS,
        ['T01', ' 助企服务第一队 ', '服务队', 'LEAD', ''],
        ['LEAD', '领导小组', 'Leadership', '', 'C1'],
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      errors: [],
      records: [
        {
          row: 2,
          record: {
            code: 'T01',
            name: '助企服务第一队',
            kind: 'team',
            parentCode: 'LEAD',
            leadCadreCode: null,
          },
        },
        {
          row: 3,
          record: {
            code: 'LEAD',
            name: '领导小组',
            kind: 'leadership',
            parentCode: null,
            leadCadreCode: 'C1',
          },
        },
      ],
    });
  });

  it('reads cadres: lists split on ; or ；, roles in a fixed order, Slack ids upper-cased', () => {
    const result = parseTable(
      'cadres',
      table(CADRE_HEADERS, ['C1', '王建国', 'u0abc12345', '副处级', 'T01; T01-G1；T01', 'observer;调度']),
    );
    expect(result.ok && result.records[0]?.record).toEqual({
      code: 'C1',
      name: '王建国',
      slackUserId: 'U0ABC12345',
      rank: 'deputy_division',
      unitCodes: ['T01', 'T01-G1'],
      roles: ['dispatch', 'observer'],
    });
  });

  it('reads enterprises: credit code normalised, yes/no in both languages', () => {
    const result = parseTable(
      'enterprises',
      table(
        ENTERPRISE_HEADERS,
        ['91110000600037341l', '某公司', '', '', '', '是', ''],
        ['91310115MA1K3BTP2B', '另一公司', '另一', '地址', '制造业', 'no', 'C1'],
      ),
    );
    expect(result.ok && result.records.map((r) => r.record)).toEqual([
      {
        creditCode: '91110000600037341L',
        name: '某公司',
        shortName: null,
        address: null,
        industry: null,
        aboveScale: true,
        cadreCode: null,
      },
      {
        creditCode: '91310115MA1K3BTP2B',
        name: '另一公司',
        shortName: '另一',
        address: '地址',
        industry: '制造业',
        aboveScale: false,
        cadreCode: 'C1',
      },
    ]);
  });

  it('reads projects: amounts in canonical yuan, statuses by label', () => {
    const result = parseTable(
      'projects',
      table(
        PROJECT_HEADERS,
        ['XM-1', '项目一', 'TF-01', '1,250,000,000', '复工', 'C1'],
        ['XM-2', '项目二', 'TF-01', '0086000000.50', 'under construction', ''],
      ),
    );
    expect(result.ok && result.records.map((r) => [r.record.amountYuan, r.record.status])).toEqual([
      ['1250000000', 'resumed'],
      ['86000000.5', 'under_construction'],
    ]);
  });

  it('reads policies with tags', () => {
    const result = parseTable(
      'policies',
      table(POLICY_HEADERS, ['ZC-1', '标题', '', '', 'https://example.org/a', '融资；减税降费;融资']),
    );
    expect(result.ok && result.records[0]?.record).toEqual({
      code: 'ZC-1',
      title: '标题',
      issuer: null,
      summary: null,
      url: 'https://example.org/a',
      tags: ['融资', '减税降费'],
    });
  });

  it('reports every problem of a row, with the row number', () => {
    const result = parseTable(
      'projects',
      table(
        PROJECT_HEADERS,
        ['XM 1', '', 'TF-01', '1.234', 'halted', ''],
        ['XM-2', 'ok', 'TF-01', '-5', 'planned', ''],
      ),
    );
    expect(result.ok && result.errors).toEqual([
      { row: 2, reason: 'code: "XM 1" is not a code (letters, digits, _ . -, up to 64 characters)' },
      { row: 2, reason: 'name: required' },
      { row: 2, reason: 'amount_yuan: "1.234" is not an amount in yuan (digits, up to two decimals)' },
      {
        row: 2,
        reason: 'status: "halted" is not one of planned, under_construction, started, resumed, completed',
      },
      { row: 3, reason: 'amount_yuan: "-5" is not an amount in yuan (digits, up to two decimals)' },
    ]);
    expect(result.ok && result.records).toEqual([]);
  });

  it('reports a bad credit code with the reason', () => {
    const result = parseTable(
      'enterprises',
      table(ENTERPRISE_HEADERS, ['91110000600037341N', 'x', '', '', '', '', '']),
    );
    expect(result.ok && result.errors).toEqual([
      {
        row: 2,
        reason: 'credit_code: bad credit code 91110000600037341N: check character should be L, not N',
      },
    ]);
  });

  it('reports bad enum values, Slack ids, URLs and yes/no', () => {
    const cadres = parseTable('cadres', table(CADRE_HEADERS, ['C1', '王', 'bob', 'general', '', 'boss']));
    expect(cadres.ok && cadres.errors.map((e) => e.reason)).toEqual([
      'slack_user_id: "BOB" is not a Slack user id (U… or W…)',
      'rank: "general" is not one of district_leader, division, deputy_division, staff',
      'roles: "boss" is not one of dispatch, admin, observer, supervision',
    ]);
    const policies = parseTable('policies', table(POLICY_HEADERS, ['P1', 't', '', '', 'ftp://x', '']));
    expect(policies.ok && policies.errors.map((e) => e.reason)).toEqual([
      'url: "ftp://x" is not an http(s) URL',
    ]);
    const firms = parseTable(
      'enterprises',
      table(ENTERPRISE_HEADERS, ['91110000600037341L', 'x', '', '', '', '也许', '']),
    );
    expect(firms.ok && firms.errors.map((e) => e.reason)).toEqual([
      'above_scale: "也许" is not yes/no (是/否)',
    ]);
  });

  it('rejects every row of a duplicated code, naming the other rows', () => {
    const result = parseTable(
      'units',
      table(
        UNIT_HEADERS,
        ['A', 'a', 'team', '', ''],
        ['B', 'b', 'team', '', ''],
        ['A', 'a2', 'team', '', ''],
      ),
    );
    expect(result.ok && result.errors).toEqual([
      { row: 2, reason: 'duplicate code A (also in row 4)' },
      { row: 4, reason: 'duplicate code A (also in row 2)' },
    ]);
    expect(result.ok && result.records.map((r) => r.record.code)).toEqual(['B']);
  });

  it('rejects duplicate credit codes after normalising them, and duplicate Slack ids', () => {
    const firms = parseTable(
      'enterprises',
      table(
        ENTERPRISE_HEADERS,
        ['91110000600037341L', 'a', '', '', '', '', ''],
        ['91110000600037341l', 'b', '', '', '', '', ''],
      ),
    );
    expect(firms.ok && firms.errors.map((e) => e.reason)).toEqual([
      'duplicate credit_code 91110000600037341L (also in row 3)',
      'duplicate credit_code 91110000600037341L (also in row 2)',
    ]);
    const cadres = parseTable(
      'cadres',
      table(CADRE_HEADERS, ['C1', 'a', 'U0AAA', 'staff', '', ''], ['C2', 'b', 'u0aaa', 'staff', '', '']),
    );
    expect(cadres.ok && cadres.errors.map((e) => e.row)).toEqual([2, 3]);
  });

  it('passes the header problem through', () => {
    expect(parseTable('units', table(['code']))).toEqual({
      ok: false,
      problem:
        'missing columns: name (名称), kind (类型), parent_code (上级编码), lead_cadre_code (负责人编码)',
    });
  });
});
