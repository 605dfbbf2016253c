import { describe, expect, it } from 'vitest';
import { AppError, fieldMessageKey, isAppError } from '../../../src/domain/errors.ts';

describe('AppError', () => {
  it('carries a code, a catalog key and parameters', () => {
    const error = new AppError('not_found', 'issue 7 not found', { params: { id: 7 } });
    expect(error).toBeInstanceOf(Error);
    expect(isAppError(error)).toBe(true);
    expect(isAppError(new Error('x'))).toBe(false);
    expect(error.name).toBe('AppError');
    expect(error.messageKey).toBe('errors.not_found');
    expect(error.params).toEqual({ id: 7 });
    expect(error.fields).toEqual([]);
  });

  it('validation lists the fields, each with its own catalog key', () => {
    const error = AppError.validation([
      { field: 'title', rule: 'too_long', params: { max: 200, length: 201 } },
      { field: 'note', rule: 'required' },
    ]);
    expect(error.code).toBe('validation');
    expect(error.message).toBe('invalid input (title: too_long, note: required)');
    expect(error.fields.map(fieldMessageKey)).toEqual(['errors.field.too_long', 'errors.field.required']);
  });
});
