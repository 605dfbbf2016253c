// Reads typed fields from one row's cells, collecting every problem instead of stopping at the first,
// so an admin fixes a row once.
import { parseEnumValue } from './enum-labels.ts';

export interface SourceRow {
  /** As in the file: the header is row 1. */
  row: number;
  cells: readonly string[];
}

export interface SourceTable {
  headers: readonly string[];
  /** Data rows, blank ones already dropped (their numbers are simply skipped). */
  rows: readonly SourceRow[];
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,20}$/;
const AMOUNT = /^\d{1,16}(\.\d{1,2})?$/;
const LIST_SEPARATOR = /[;；]/;

export class RowReader {
  readonly problems: string[] = [];

  constructor(
    private readonly cells: readonly string[],
    private readonly indexOf: Readonly<Record<string, number>>,
  ) {}

  /** Trimmed, with control characters (a stray tab, a carriage return) removed; '' when blank. */
  private raw(key: string): string {
    const index = this.indexOf[key];
    const cell = index === undefined ? '' : (this.cells[index] ?? '');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    return cell.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  }

  private fail(key: string, reason: string): undefined {
    this.problems.push(`${key}: ${reason}`);
    return undefined;
  }

  required(key: string): string {
    const value = this.raw(key);
    if (value === '') this.fail(key, 'required');
    return value;
  }

  optional(key: string): string | null {
    const value = this.raw(key);
    return value === '' ? null : value;
  }

  code(key: string, options: { required: true }): string;
  code(key: string, options: { required: false }): string | null;
  code(key: string, options: { required: boolean }): string | null {
    const value = this.raw(key);
    if (value === '') return options.required ? (this.fail(key, 'required') ?? '') : null;
    if (!CODE.test(value)) {
      this.fail(key, `"${value}" is not a code (letters, digits, _ . -, up to 64 characters)`);
    }
    return value;
  }

  codes(key: string): string[] {
    const values = this.list(key);
    for (const value of values) {
      if (!CODE.test(value)) this.fail(key, `"${value}" is not a code (letters, digits, _ . -)`);
    }
    return values;
  }

  /** `;`-separated (a full-width ； too), blanks dropped, duplicates dropped, order kept. */
  list(key: string): string[] {
    const parts = this.raw(key)
      .split(LIST_SEPARATOR)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    return [...new Set(parts)];
  }

  enumValue<T extends string>(key: string, labels: Record<T, readonly string[]>): T {
    const value = this.raw(key);
    if (value === '') return this.fail(key, 'required') as unknown as T;
    const parsed = parseEnumValue(value, labels);
    if (parsed === undefined) this.fail(key, `"${value}" is not one of ${Object.keys(labels).join(', ')}`);
    return parsed as T;
  }

  /** Each item of a `;`-list as an enum value, in the enum's own order, so order changes nothing. */
  enumList<T extends string>(key: string, labels: Record<T, readonly string[]>): T[] {
    const found = new Set<T>();
    for (const item of this.list(key)) {
      const parsed = parseEnumValue(item, labels);
      if (parsed === undefined) this.fail(key, `"${item}" is not one of ${Object.keys(labels).join(', ')}`);
      else found.add(parsed);
    }
    return (Object.keys(labels) as T[]).filter((value) => found.has(value));
  }

  /** yes/no, 是/否, true/false, y/n, 1/0; blank is no. */
  yesNo(key: string): boolean {
    const value = this.raw(key).toLowerCase();
    if (['yes', 'y', 'true', '1', '是'].includes(value)) return true;
    if (['no', 'n', 'false', '0', '否', ''].includes(value)) return false;
    this.fail(key, `"${this.raw(key)}" is not yes/no (是/否)`);
    return false;
  }

  slackUserId(key: string): string | null {
    const value = this.raw(key).toUpperCase();
    if (value === '') return null;
    if (!SLACK_USER_ID.test(value)) this.fail(key, `"${value}" is not a Slack user id (U… or W…)`);
    return value;
  }

  /** Yuan with at most two decimals; thousands separators allowed; canonical form without them. */
  amount(key: string): string {
    const value = this.raw(key).replace(/[,，\s]/g, '');
    if (value === '') return this.fail(key, 'required') ?? '';
    if (!AMOUNT.test(value)) {
      this.fail(key, `"${this.raw(key)}" is not an amount in yuan (digits, up to two decimals)`);
      return '';
    }
    const [whole = '0', fraction] = value.split('.');
    const canonicalWhole = whole.replace(/^0+(?=\d)/, '');
    const canonicalFraction = (fraction ?? '').replace(/0+$/, '');
    return canonicalFraction === '' ? canonicalWhole : `${canonicalWhole}.${canonicalFraction}`;
  }

  url(key: string): string | null {
    const value = this.raw(key);
    if (value === '') return null;
    if (!/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value)) this.fail(key, `"${value}" is not an http(s) URL`);
    return value;
  }
}
