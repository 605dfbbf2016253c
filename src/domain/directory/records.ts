// The five directories an admin imports, as validated records (codes, not database ids).

export const DIRECTORY_KINDS = ['units', 'cadres', 'enterprises', 'projects', 'policies'] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

// One list of each organisation enum for the whole domain: the directory validates against them.
export { CADRE_RANKS, type CadreRank, ROLES, type Role, UNIT_KINDS, type UnitKind } from '../org/people.ts';

import type { CadreRank, Role, UnitKind } from '../org/people.ts';

export const PROJECT_STATUSES = ['planned', 'under_construction', 'started', 'resumed', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export interface UnitRecord {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  /** May name a cadre not imported yet: the lead is then set when that cadre is imported. */
  leadCadreCode: string | null;
}

export interface CadreRecord {
  code: string;
  name: string;
  slackUserId: string | null;
  rank: CadreRank;
  /** The complete set of the cadre's memberships: importing replaces the set. */
  unitCodes: string[];
  roles: Role[];
}

export interface EnterpriseRecord {
  creditCode: string;
  name: string;
  shortName: string | null;
  address: string | null;
  industry: string | null;
  aboveScale: boolean;
  cadreCode: string | null;
}

export interface ProjectRecord {
  code: string;
  name: string;
  taskForceCode: string;
  /** A plain decimal string with at most two decimals, so no float ever touches money. */
  amountYuan: string;
  status: ProjectStatus;
  leadCadreCode: string | null;
}

export interface PolicyRecord {
  code: string;
  title: string;
  issuer: string | null;
  summary: string | null;
  url: string | null;
  tags: string[];
}

export interface RecordByKind {
  units: UnitRecord;
  cadres: CadreRecord;
  enterprises: EnterpriseRecord;
  projects: ProjectRecord;
  policies: PolicyRecord;
}

/** A record and the row it came from (header = row 1), so every later error can name the row. */
export interface Numbered<T> {
  row: number;
  record: T;
}

export interface RowError {
  row: number;
  reason: string;
}

export function isDirectoryKind(value: string): value is DirectoryKind {
  return (DIRECTORY_KINDS as readonly string[]).includes(value);
}

/** The key a record is upserted by. */
export function recordKey<K extends DirectoryKind>(kind: K, record: RecordByKind[K]): string {
  return kind === 'enterprises' ? (record as EnterpriseRecord).creditCode : (record as { code: string }).code;
}

/** For a stable sort: errors of one row stay in the order they were found. */
export function byRow(a: RowError, b: RowError): number {
  return a.row - b.row;
}
