// References between directories must resolve in the database or, for a unit's parent, in the same
// file. A unit's lead may name a cadre not imported yet (units come before cadres): that is not an
// error, the lead is kept pending and set by the cadres import.
import {
  byRow,
  type CadreRecord,
  type DirectoryKind,
  type EnterpriseRecord,
  type Numbered,
  type ProjectRecord,
  type RecordByKind,
  type RowError,
  type UnitKind,
  type UnitRecord,
} from './records.ts';

/** What the database holds now, by code. */
export interface DirectorySnapshot {
  units: ReadonlyMap<string, { kind: UnitKind; parentCode: string | null }>;
  cadres: ReadonlyMap<string, { slackUserId: string | null }>;
}

export interface PendingLead {
  unitCode: string;
  cadreCode: string;
}

export interface CheckedRows<K extends DirectoryKind> {
  records: Numbered<RecordByKind[K]>[];
  errors: RowError[];
  /** Units whose lead cadre is not in the database yet. */
  pendingLeads: PendingLead[];
}

export function checkReferences<K extends DirectoryKind>(
  kind: K,
  records: Numbered<RecordByKind[K]>[],
  snapshot: DirectorySnapshot,
): CheckedRows<K> {
  if (kind === 'units') {
    return checkUnits(records as Numbered<UnitRecord>[], snapshot) as unknown as CheckedRows<K>;
  }
  const check = recordChecks(kind, records, snapshot);
  const errors: RowError[] = [];
  const valid: Numbered<RecordByKind[K]>[] = [];
  for (const entry of records) {
    const reasons = check(entry.record);
    if (reasons.length === 0) valid.push(entry);
    for (const reason of reasons) errors.push({ row: entry.row, reason });
  }
  return { records: valid, errors, pendingLeads: [] };
}

type RecordCheck<K extends DirectoryKind> = (record: RecordByKind[K]) => string[];

function recordChecks<K extends DirectoryKind>(
  kind: K,
  records: Numbered<RecordByKind[K]>[],
  snapshot: DirectorySnapshot,
): RecordCheck<K> {
  const cadre = (column: string, code: string | null) =>
    code === null || snapshot.cadres.has(code) ? [] : [`${column}: unknown cadre "${code}"`];
  switch (kind) {
    case 'cadres':
      return cadreCheck(records as Numbered<CadreRecord>[], snapshot) as RecordCheck<K>;
    case 'enterprises':
      return ((record: EnterpriseRecord) => cadre('cadre_code', record.cadreCode)) as RecordCheck<K>;
    case 'projects':
      return ((record: ProjectRecord) => [
        ...taskForceProblems(record.taskForceCode, snapshot),
        ...cadre('lead_cadre_code', record.leadCadreCode),
      ]) as RecordCheck<K>;
    default:
      return () => [];
  }
}

function taskForceProblems(code: string, snapshot: DirectorySnapshot): string[] {
  const unit = snapshot.units.get(code);
  if (unit === undefined) return [`task_force_code: unknown unit "${code}"`];
  if (unit.kind !== 'task_force')
    return [`task_force_code: unit "${code}" is a ${unit.kind}, not a task_force`];
  return [];
}

function cadreCheck(records: Numbered<CadreRecord>[], snapshot: DirectorySnapshot) {
  const inFile = new Set(records.map((entry) => entry.record.code));
  const ownerOfSlackId = new Map<string, string>();
  for (const [code, cadre] of snapshot.cadres) {
    if (cadre.slackUserId !== null) ownerOfSlackId.set(cadre.slackUserId, code);
  }
  return (record: CadreRecord): string[] => {
    const problems = record.unitCodes
      .filter((unitCode) => !snapshot.units.has(unitCode))
      .map((unitCode) => `unit_codes: unknown unit "${unitCode}"`);
    const owner = record.slackUserId === null ? undefined : ownerOfSlackId.get(record.slackUserId);
    // An owner that is in this file gives the id up in the same import (ids moving between people).
    if (owner !== undefined && owner !== record.code && !inFile.has(owner)) {
      problems.push(`slack_user_id: ${record.slackUserId} already belongs to cadre "${owner}"`);
    }
    return problems;
  };
}

/**
 * Repeats until stable: dropping a bad unit can orphan the units below it in the same file, which
 * are then reported too (so --skip-invalid never writes a unit whose parent it skipped).
 */
function checkUnits(records: Numbered<UnitRecord>[], snapshot: DirectorySnapshot): CheckedRows<'units'> {
  const errors: RowError[] = [];
  const rowOf = new Map(records.map((entry) => [entry.record.code, entry.row]));
  let valid = records;
  for (;;) {
    const inFile = new Map(valid.map((entry) => [entry.record.code, entry.record]));
    const failed = new Set<number>();
    for (const { row, record } of valid) {
      const problem = parentProblem(record, inFile, rowOf, snapshot);
      if (problem !== undefined) {
        errors.push({ row, reason: problem });
        failed.add(row);
      }
    }
    if (failed.size === 0) break;
    valid = valid.filter((entry) => !failed.has(entry.row));
  }
  const pendingLeads = valid
    .filter(({ record }) => record.leadCadreCode !== null && !snapshot.cadres.has(record.leadCadreCode))
    .map(({ record }) => ({ unitCode: record.code, cadreCode: record.leadCadreCode as string }));
  return { records: valid, errors: errors.sort(byRow), pendingLeads };
}

function parentProblem(
  record: UnitRecord,
  inFile: ReadonlyMap<string, UnitRecord>,
  rowOf: ReadonlyMap<string, number>,
  snapshot: DirectorySnapshot,
): string | undefined {
  const parent = record.parentCode;
  if (parent === null) return undefined;
  if (parent === record.code) return 'parent_code: a unit cannot be its own parent';
  if (!inFile.has(parent) && !snapshot.units.has(parent)) {
    const row = rowOf.get(parent);
    return row === undefined
      ? `parent_code: unknown parent unit "${parent}"`
      : `parent_code: parent unit "${parent}" is invalid (row ${row})`;
  }
  const path = [record.code];
  let current: string | null = parent;
  while (current !== null) {
    path.push(current);
    if (current === record.code) return `parent_code: makes a cycle (${path.join(' → ')})`;
    if (path.length > inFile.size + snapshot.units.size + 1) return undefined;
    current = inFile.has(current)
      ? ((inFile.get(current) as UnitRecord).parentCode ?? null)
      : (snapshot.units.get(current)?.parentCode ?? null);
  }
  return undefined;
}
