import type { SourceRow, SourceTable } from '../../domain/directory/row-reader.ts';

/** The first non-blank row is the header; blank rows are dropped but keep their numbers. */
export function toSourceTable(rows: readonly SourceRow[]): SourceTable {
  const filled = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...data] = filled;
  return { headers: header?.cells ?? [], rows: data };
}
