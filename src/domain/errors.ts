// Typed errors of the domain. The message is for logs; what a user reads comes from the i18n catalogs,
// looked up by `messageKey` (and, for a form, by each field error's `messageKey`) with `params`.

export const ERROR_CODES = [
  'forbidden',
  'invalid_transition',
  'validation',
  'not_found',
  'conflict',
  'not_in_directory',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why one field of a form was refused; one catalog entry per rule (`errors.field.<rule>`). */
export const FIELD_RULES = [
  'required',
  'too_long',
  'too_many',
  'not_a_date',
  'in_past',
  'not_ascending',
  'not_later',
  'not_allowed',
  'self_reference',
  'same_owner',
  'outside_unit',
  'outside_subtree',
  // A visit's date after today, or further back than the user may log (domain.md "Visits").
  'in_future',
  'too_old',
  // A reference to something that is not in the directory (an enterprise, a policy).
  'not_found',
] as const;
export type FieldRule = (typeof FIELD_RULES)[number];

export type ErrorParams = Readonly<Record<string, string | number>>;

export interface FieldError {
  /** The form field at fault, e.g. `title` or `plan.1.dueDate`, so a modal can show the error beside it. */
  readonly field: string;
  readonly rule: FieldRule;
  readonly params?: ErrorParams;
}

export interface ErrorDetails {
  readonly params?: ErrorParams;
  /** Every field at fault at once, so the user fixes the form in one round. */
  readonly fields?: readonly FieldError[];
}

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }

  get messageKey(): `errors.${ErrorCode}` {
    return `errors.${this.code}`;
  }

  get params(): ErrorParams {
    return this.details.params ?? {};
  }

  get fields(): readonly FieldError[] {
    return this.details.fields ?? [];
  }

  static validation(fields: readonly FieldError[]): AppError {
    const summary = fields.map((f) => `${f.field}: ${f.rule}`).join(', ');
    return new AppError('validation', `invalid input (${summary})`, { fields });
  }
}

export function fieldMessageKey(error: FieldError): `errors.field.${FieldRule}` {
  return `errors.field.${error.rule}`;
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
