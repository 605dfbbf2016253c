import type { FieldError } from '../errors.ts';
import type { LocalDate } from './state.ts';

/** Text limits; 3000 is also Slack's limit for one text object, so a note always fits on a card. */
export const LIMITS = {
  title: 200,
  text: 3000,
  planStep: 500,
  planSteps: 20,
} as const;

/** Collects every field error of a form, so the user sees them all at once. */
export class FieldCheck {
  readonly errors: FieldError[] = [];

  fail(field: string, rule: FieldError['rule'], params?: FieldError['params']): void {
    this.errors.push(params ? { field, rule, params } : { field, rule });
  }

  /** Trimmed text; an error when empty or longer than `max` characters. */
  required(field: string, value: string | undefined, max: number = LIMITS.text): string {
    const text = (value ?? '').trim();
    if (text === '') this.fail(field, 'required');
    else this.checkLength(field, text, max);
    return text;
  }

  /** Trimmed text, or null when blank. */
  optional(field: string, value: string | undefined, max: number = LIMITS.text): string | null {
    const text = (value ?? '').trim();
    if (text === '') return null;
    this.checkLength(field, text, max);
    return text;
  }

  oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): value is T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return true;
    this.fail(field, value === undefined || value === '' ? 'required' : 'not_allowed');
    return false;
  }

  /** A real 'YYYY-MM-DD' date not before `today`. */
  dateFrom(field: string, value: string | undefined, today: LocalDate): value is LocalDate {
    if (value === undefined || value === '') {
      this.fail(field, 'required');
      return false;
    }
    if (!isLocalDate(value)) {
      this.fail(field, 'not_a_date');
      return false;
    }
    if (value < today) {
      this.fail(field, 'in_past', { today });
      return false;
    }
    return true;
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  private checkLength(field: string, text: string, max: number): void {
    // Code points, not UTF-16 units, so a limit means the same for Chinese text and emoji.
    const length = [...text].length;
    if (length > max) this.fail(field, 'too_long', { max, length });
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real date written 'YYYY-MM-DD' ('2026-02-30' is not). */
export function isLocalDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
