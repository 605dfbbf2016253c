import { parse } from 'csv-parse/sync';
import type { SourceTable } from '../../domain/directory/row-reader.ts';
import { toSourceTable } from './source-table.ts';

export class FileFormatError extends Error {
  override name = 'FileFormatError';
}

/**
 * UTF-8 only (a BOM is fine). Excel's plain "CSV" in a Chinese locale is GBK: refusing it with a
 * hint beats importing mojibake names.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileFormatError(
      'the file is not UTF-8 text; in Excel, save it as "CSV UTF-8 (Comma delimited)"',
    );
  }
}

export function parseCsv(text: string): SourceTable {
  let records: string[][];
  try {
    // No skip_empty_lines: a blank line still takes a row number, as in a spreadsheet.
    records = parse(text, { bom: true, relax_column_count: true, relax_quotes: false });
  } catch (error) {
    throw new FileFormatError(`not a readable CSV file: ${(error as Error).message}`);
  }
  return toSourceTable(records.map((cells, index) => ({ row: index + 1, cells })));
}
