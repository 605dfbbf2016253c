import ExcelJS from 'exceljs';
import type { SourceRow, SourceTable } from '../../domain/directory/row-reader.ts';
import { FileFormatError } from './read-csv.ts';
import { toSourceTable } from './source-table.ts';

/** The first worksheet, with the sheet's own row numbers. */
export async function readXlsx(path: string): Promise<SourceTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new FileFormatError(`not a readable .xlsx workbook: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new FileFormatError('the workbook has no worksheet');
  const rows: SourceRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    rows.push({ row: row.number, cells });
  });
  return toSourceTable(rows);
}

/** What the cell shows, whatever ExcelJS made of it (rich text, a hyperlink, a formula's result). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result);
  return '';
}
