import type { AppError } from '../../../src/domain/errors.ts';
import type { Decision, Transition } from '../../../src/domain/issues/index.ts';

export function accept(decision: Decision): Transition {
  if (!decision.ok)
    throw new Error(`expected success, got ${decision.error.code}: ${decision.error.message}`);
  return decision.transition;
}

export function refusal(decision: Decision): AppError {
  if (decision.ok) throw new Error(`expected a refusal, got ${decision.transition.move}`);
  return decision.error;
}

/** The validation errors as `field: rule` lines, easy to compare. */
export function fieldErrors(decision: Decision): string[] {
  const error = refusal(decision);
  if (error.code !== 'validation')
    throw new Error(`expected validation, got ${error.code}: ${error.message}`);
  return error.fields.map((f) => `${f.field}: ${f.rule}`);
}
