import { parseArgs } from 'node:util';
import { COLUMNS } from '../../domain/directory/columns.ts';
import {
  CADRE_RANK_LABELS,
  PROJECT_STATUS_LABELS,
  ROLE_LABELS,
  UNIT_KIND_LABELS,
} from '../../domain/directory/enum-labels.ts';
import { DIRECTORY_KINDS, isDirectoryKind } from '../../domain/directory/records.ts';
import { formatOutcome } from '../import/format-outcome.ts';
import { importFile } from '../import/import-file.ts';
import { FileFormatError } from '../import/read-csv.ts';
import { type CliCommand, EXIT, UsageError } from './command.ts';

const columnLines = DIRECTORY_KINDS.map(
  (kind) => `  ${kind.padEnd(12)}${COLUMNS[kind].map((c) => `${c.key} (${c.chinese[0]})`).join(', ')}`,
);

const valueLine = (column: string, labels: Record<string, readonly string[]>) =>
  `  ${column.padEnd(12)}${Object.entries(labels)
    .map(([value, names]) => `${value} (${names[0]})`)
    .join(', ')}`;

const usage = `Usage: npm run zhuqi -- import <${DIRECTORY_KINDS.join('|')}> <file.csv|file.xlsx> [--skip-invalid]

Imports a directory from a CSV file (UTF-8, BOM allowed) or the first sheet of an XLSX workbook.
The first non-blank row is the header; rows are numbered as in the file (header = row 1).
Rows are upserted by code (enterprises: by credit_code), so importing the same file again
changes nothing. If any row is bad, nothing is imported and every bad row is listed with its
reason; --skip-invalid imports the good rows and still lists the bad ones.

Columns (English or Chinese headers, in any order; every column must be present, cells may be blank):
${columnLines.join('\n')}

Values (English or the Chinese label):
${valueLine('kind', UNIT_KIND_LABELS)}
${valueLine('rank', CADRE_RANK_LABELS)}
${valueLine('roles', ROLE_LABELS)}
${valueLine('status', PROJECT_STATUS_LABELS)}
  above_scale yes/no (是/否); blank is no
  unit_codes, roles and tags are lists separated by ";". A cadre's unit_codes replace its memberships.
  credit_code is a unified social credit code (18 characters, GB 32100-2015 check character);
  in a workbook, format that column as text, or Excel turns all-digit codes into rounded numbers.
  amount_yuan is in yuan, e.g. 150000000 or 150,000,000.50.

Importing only adds and updates: rows missing from a file are left as they are.

Import order: units, cadres, then enterprises, projects, policies. References must exist in the
database, or for parent_code in the same file. A unit's lead_cadre_code may name a cadre not
imported yet: the unit is imported without a lead, the wanted lead is remembered, and the cadres
import sets it once a cadre with that code arrives.

Exit status: 0 imported, 1 bad rows or an unreadable file (nothing imported), 2 wrong usage.`;

function parse(args: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { 'skip-invalid': { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    const [kind, file, ...extra] = positionals;
    if (kind === undefined || file === undefined) throw new UsageError('a directory and a file are required');
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (!isDirectoryKind(kind)) throw new UsageError(`unknown directory "${kind}"`);
    return { kind, file, skipInvalid: values['skip-invalid'] === true };
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError((error as Error).message);
  }
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import a directory (units, cadres, enterprises, projects, policies) from CSV or XLSX',
  usage,
  async run(args, context) {
    let request: ReturnType<typeof parse>;
    try {
      request = parse(args);
    } catch (error) {
      context.err(`import: ${(error as Error).message}\n\n${usage}`);
      return EXIT.usage;
    }
    const started = performance.now();
    try {
      const outcome = await importFile(context.database(), request.kind, request.file, {
        skipInvalid: request.skipInvalid,
      });
      const seconds = (performance.now() - started) / 1000;
      for (const line of formatOutcome(outcome, request.file, seconds)) context.out(line);
      return outcome.written === null ? EXIT.failed : EXIT.ok;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (error instanceof FileFormatError || code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
        context.err(`import ${request.kind}: ${request.file}: ${(error as Error).message}; nothing imported`);
        return EXIT.failed;
      }
      throw error;
    }
  },
};
