// A refused form, as Slack's `response_action: errors`: one message per input block, beside the field
// at fault, in the user's language. The most specific message wins: `visit.error.<field>.<rule>`
// (`visit.error.issue.<field>.<rule>` for a problem's field), then `visit.error.<rule>`, then the
// shared `errors.field.<rule>`.
import type { AppError, FieldError } from '../../../domain/errors.ts';
import { catalogs, type Locale, type MessageKey, t } from '../../../i18n/index.ts';
import { blockOfField, VISIT_BLOCKS } from '../../ids/visit.ts';

function messageFor(locale: Locale, error: FieldError): string {
  const name = error.field.replace(/^issues\.\d+\./, 'issue.');
  const candidates = [
    `visit.error.${name}.${error.rule}`,
    `visit.error.${error.rule}`,
    `errors.field.${error.rule}`,
  ];
  const key = candidates.find((k) => k in catalogs[locale]) as MessageKey | undefined;
  return key ? t(locale, key, { ...error.params }) : error.rule;
}

export function visitFieldErrors(locale: Locale, error: AppError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of error.fields) {
    // A field the form does not show (none today) is reported on the summary, never dropped.
    const block = blockOfField(field.field) ?? VISIT_BLOCKS.summary;
    errors[block] ??= messageFor(locale, field);
  }
  if (Object.keys(errors).length === 0) errors[VISIT_BLOCKS.summary] = t(locale, 'errors.validation');
  return errors;
}

/** One message on the summary: for a failure that is no field's fault (the input stays as typed). */
export function visitFormError(message: string): Record<string, string> {
  return { [VISIT_BLOCKS.summary]: message };
}
