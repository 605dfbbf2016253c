import { describe, expect, it } from 'vitest';
import { checkReferences, type DirectorySnapshot } from '../../../src/domain/directory/check-references.ts';
import type { CadreRecord, Numbered, UnitRecord } from '../../../src/domain/directory/records.ts';

const snapshot: DirectorySnapshot = {
  units: new Map([
    ['LEAD', { kind: 'leadership', parentCode: null }],
    ['TF-01', { kind: 'task_force', parentCode: 'LEAD' }],
    ['T01', { kind: 'team', parentCode: 'LEAD' }],
  ]),
  cadres: new Map([
    ['C1', { slackUserId: 'U0ONE' }],
    ['C2', { slackUserId: 'U0TWO' }],
  ]),
};

const unit = (row: number, code: string, parentCode: string | null, leadCadreCode: string | null = null) =>
  ({ row, record: { code, name: code, kind: 'group', parentCode, leadCadreCode } }) as Numbered<UnitRecord>;

const cadre = (row: number, code: string, slackUserId: string | null, unitCodes: string[] = []) =>
  ({
    row,
    record: { code, name: code, slackUserId, rank: 'staff', unitCodes, roles: [] },
  }) as Numbered<CadreRecord>;

describe('checkReferences: units', () => {
  it('resolves parents in the database or anywhere in the same file', () => {
    const result = checkReferences('units', [unit(2, 'G2', 'G1'), unit(3, 'G1', 'T01')], snapshot);
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => r.record.code)).toEqual(['G2', 'G1']);
  });

  it('reports an unknown parent, and the units below a parent that was rejected', () => {
    const result = checkReferences(
      'units',
      [unit(2, 'G1', 'T99'), unit(3, 'G1-A', 'G1'), unit(4, 'OK', 'T01')],
      snapshot,
    );
    expect(result.errors).toEqual([
      { row: 2, reason: 'parent_code: unknown parent unit "T99"' },
      { row: 3, reason: 'parent_code: parent unit "G1" is invalid (row 2)' },
    ]);
    expect(result.records.map((r) => r.record.code)).toEqual(['OK']);
  });

  it('reports a unit that is its own parent and a cycle through the file and the database', () => {
    const self = checkReferences('units', [unit(2, 'A', 'A')], snapshot);
    expect(self.errors).toEqual([{ row: 2, reason: 'parent_code: a unit cannot be its own parent' }]);
    // The file moves LEAD under T01, whose parent in the database is LEAD.
    const cycle = checkReferences('units', [unit(2, 'LEAD', 'T01')], snapshot);
    expect(cycle.errors).toEqual([{ row: 2, reason: 'parent_code: makes a cycle (LEAD → T01 → LEAD)' }]);
  });

  it('keeps a lead naming a cadre not imported yet as pending, not as an error', () => {
    const result = checkReferences(
      'units',
      [unit(2, 'G1', 'T01', 'C9'), unit(3, 'G2', 'T01', 'C1')],
      snapshot,
    );
    expect(result.errors).toEqual([]);
    expect(result.pendingLeads).toEqual([{ unitCode: 'G1', cadreCode: 'C9' }]);
  });
});

describe('checkReferences: cadres', () => {
  it('reports unit codes not in the database', () => {
    const result = checkReferences('cadres', [cadre(2, 'C3', null, ['T01', 'T77'])], snapshot);
    expect(result.errors).toEqual([{ row: 2, reason: 'unit_codes: unknown unit "T77"' }]);
  });

  it("refuses another cadre's Slack id, unless that cadre is in the file too (the id moves)", () => {
    const taken = checkReferences('cadres', [cadre(2, 'C3', 'U0ONE')], snapshot);
    expect(taken.errors).toEqual([{ row: 2, reason: 'slack_user_id: U0ONE already belongs to cadre "C1"' }]);
    const swapped = checkReferences('cadres', [cadre(2, 'C1', 'U0TWO'), cadre(3, 'C2', 'U0ONE')], snapshot);
    expect(swapped.errors).toEqual([]);
  });
});

describe('checkReferences: enterprises and projects', () => {
  it('reports an unknown cadre', () => {
    const record = {
      creditCode: '91110000600037341L',
      name: 'x',
      shortName: null,
      address: null,
      industry: null,
      aboveScale: false,
      cadreCode: 'C9',
    };
    const result = checkReferences('enterprises', [{ row: 7, record }], snapshot);
    expect(result.errors).toEqual([{ row: 7, reason: 'cadre_code: unknown cadre "C9"' }]);
  });

  it('wants a task force that exists and is one', () => {
    const project = (taskForceCode: string) => ({
      row: 2,
      record: {
        code: 'XM',
        name: 'x',
        taskForceCode,
        amountYuan: '1',
        status: 'planned' as const,
        leadCadreCode: 'C7',
      },
    });
    expect(checkReferences('projects', [project('T01')], snapshot).errors.map((e) => e.reason)).toEqual([
      'task_force_code: unit "T01" is a team, not a task_force',
      'lead_cadre_code: unknown cadre "C7"',
    ]);
    expect(checkReferences('projects', [project('TF-09')], snapshot).errors[0]?.reason).toBe(
      'task_force_code: unknown unit "TF-09"',
    );
  });
});
