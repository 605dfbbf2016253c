import { checkReferences, type PendingLead } from '../../domain/directory/check-references.ts';
import type { ParsedRows } from '../../domain/directory/parse-table.ts';
import { byRow, type DirectoryKind, type RowError } from '../../domain/directory/records.ts';
import { loadDirectorySnapshot } from '../../persistence/directory/snapshot.ts';
import type { Tx } from '../../persistence/directory/types.ts';
import { type DirectoryWriteResult, writeDirectory } from '../../persistence/directory/write-directory.ts';

export interface ImportOptions {
  /** Write the valid rows even when some are bad (otherwise a bad row means nothing is written). */
  skipInvalid: boolean;
}

export interface ImportOutcome {
  kind: DirectoryKind;
  /** Null when bad rows stopped the import. */
  written: DirectoryWriteResult | null;
  errors: RowError[];
  /** Distinct rows with at least one error. */
  invalidRows: number;
  validRows: number;
  pendingLeads: PendingLead[];
}

/** Checks references against the database and writes, inside the caller's transaction. */
export async function importRecords<K extends DirectoryKind>(
  tx: Tx,
  kind: K,
  parsed: ParsedRows<K>,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const checked = checkReferences(kind, parsed.records, await loadDirectorySnapshot(tx));
  const errors = [...parsed.errors, ...checked.errors].sort(byRow);
  const invalidRows = new Set(errors.map((error) => error.row)).size;
  const outcome = {
    kind,
    errors,
    invalidRows,
    validRows: checked.records.length,
    pendingLeads: checked.pendingLeads,
  };
  if (errors.length > 0 && !options.skipInvalid) return { ...outcome, written: null };
  const records = checked.records.map((entry) => entry.record);
  return { ...outcome, written: await writeDirectory(tx, kind, records) };
}
