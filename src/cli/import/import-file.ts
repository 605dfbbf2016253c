import { parseTable } from '../../domain/directory/parse-table.ts';
import type { DirectoryKind } from '../../domain/directory/records.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { inDirectoryTransaction } from '../../persistence/directory/write-directory.ts';
import { type ImportOptions, type ImportOutcome, importRecords } from './import-records.ts';
import { FileFormatError } from './read-csv.ts';
import { readTableFile } from './read-table-file.ts';

export interface FileImportOutcome extends ImportOutcome {
  ignoredColumns: string[];
}

/** Reads, validates and writes one directory file; a file-level problem throws FileFormatError. */
export async function importFile(
  db: PrismaClient,
  kind: DirectoryKind,
  path: string,
  options: ImportOptions,
): Promise<FileImportOutcome> {
  const table = await readTableFile(path);
  const parsed = parseTable(kind, table);
  if (!parsed.ok) throw new FileFormatError(parsed.problem);
  if (table.rows.length === 0) throw new FileFormatError('the file has a header but no data rows');
  const outcome = await inDirectoryTransaction(db, (tx) => importRecords(tx, kind, parsed, options));
  return { ...outcome, ignoredColumns: parsed.ignoredColumns };
}
