// What a user reads when the app refuses: the catalog message of an AppError, and for a modal the
// message of each field at fault, keyed by the block that holds the field.
import { type AppError, type FieldError, fieldMessageKey, isAppError } from '../../domain/errors.ts';
import { type Locale, t } from '../../i18n/index.ts';

/** One sentence for an ephemeral message or a notice; anything not an AppError is "our fault". */
export function errorText(locale: Locale, error: unknown): string {
  if (!isAppError(error)) return t(locale, 'errors.internal');
  if (error.code === 'validation' && error.fields.length > 0) {
    const details = error.fields.map((f) => fieldText(locale, f));
    return [t(locale, 'errors.validation'), ...details.map((d) => `• ${d}`)].join('\n');
  }
  return t(locale, error.messageKey, error.params);
}

export function fieldText(locale: Locale, field: FieldError): string {
  return t(locale, fieldMessageKey(field), field.params ?? {});
}

/**
 * `response_action: errors` for a validation error: each field's message under its block. Fields the
 * modal has no block for are gathered under `fallbackBlock`, so no refusal goes unexplained.
 */
export function viewErrors(
  locale: Locale,
  error: AppError,
  blockOf: (field: string) => string | null,
  fallbackBlock: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of error.fields) {
    const block = blockOf(field.field) ?? fallbackBlock;
    const text = fieldText(locale, field);
    errors[block] = errors[block] ? `${errors[block]} ${text}` : text;
  }
  return errors;
}
