// A whole file → records and row errors. Only the file is looked at here; references to the
// database are checked by check-references.ts.
import { mapHeaders } from './columns.ts';
import {
  byRow,
  type CadreRecord,
  type DirectoryKind,
  type Numbered,
  type RecordByKind,
  type RowError,
  recordKey,
} from './records.ts';
import { ROW_PARSERS } from './row-parsers.ts';
import { RowReader, type SourceTable } from './row-reader.ts';

export interface ParsedRows<K extends DirectoryKind> {
  records: Numbered<RecordByKind[K]>[];
  errors: RowError[];
}

export type ParseResult<K extends DirectoryKind> =
  | ({ ok: true; ignoredColumns: string[] } & ParsedRows<K>)
  | { ok: false; problem: string };

export function parseTable<K extends DirectoryKind>(kind: K, table: SourceTable): ParseResult<K> {
  const headers = mapHeaders(kind, table.headers);
  if (!headers.ok) return { ok: false, problem: headers.problem };
  const parsed: Numbered<RecordByKind[K]>[] = [];
  const errors: RowError[] = [];
  for (const source of table.rows) {
    const reader = new RowReader(source.cells, headers.mapping.indexOf);
    const record = ROW_PARSERS[kind](reader);
    if (reader.problems.length === 0) parsed.push({ row: source.row, record });
    for (const reason of reader.problems) errors.push({ row: source.row, reason });
  }
  const duplicates = findDuplicates(kind, parsed);
  const duplicateRows = new Set(duplicates.map((error) => error.row));
  const records = parsed.filter((entry) => !duplicateRows.has(entry.row));
  return {
    ok: true,
    ignoredColumns: headers.mapping.ignored,
    records,
    errors: [...errors, ...duplicates].sort(byRow),
  };
}

/**
 * Every row that shares a key (or, for cadres, a Slack user id) with another row is bad: which of
 * the two the admin meant is not ours to guess.
 */
function findDuplicates<K extends DirectoryKind>(kind: K, records: Numbered<RecordByKind[K]>[]): RowError[] {
  const keyColumn = kind === 'enterprises' ? 'credit_code' : 'code';
  const errors = sameValueErrors(records, (record) => recordKey(kind, record), `duplicate ${keyColumn}`);
  if (kind === 'cadres') {
    const slackIds = (record: RecordByKind[K]) => (record as CadreRecord).slackUserId;
    errors.push(...sameValueErrors(records, slackIds, 'duplicate slack_user_id'));
  }
  return errors;
}

function sameValueErrors<T>(records: Numbered<T>[], keyOf: (record: T) => string | null, what: string) {
  const rowsByValue = new Map<string, number[]>();
  for (const { row, record } of records) {
    const value = keyOf(record);
    if (value === null) continue;
    const rows = rowsByValue.get(value);
    if (rows === undefined) rowsByValue.set(value, [row]);
    else rows.push(row);
  }
  const errors: RowError[] = [];
  for (const [value, rows] of rowsByValue) {
    if (rows.length < 2) continue;
    for (const row of rows) {
      const others = rows.filter((other) => other !== row).join(', ');
      errors.push({ row, reason: `${what} ${value} (also in row${rows.length > 2 ? 's' : ''} ${others})` });
    }
  }
  return errors;
}
