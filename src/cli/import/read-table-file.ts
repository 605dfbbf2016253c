import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SourceTable } from '../../domain/directory/row-reader.ts';
import { decodeUtf8, FileFormatError, parseCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';

/** A .csv (UTF-8) or .xlsx file as a table, chosen by the file's extension. */
export async function readTableFile(path: string): Promise<SourceTable> {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') return parseCsv(decodeUtf8(await readFile(path)));
  if (extension === '.xlsx') return readXlsx(path);
  throw new FileFormatError(`unsupported file type "${extension || '(none)'}": use .csv (UTF-8) or .xlsx`);
}
