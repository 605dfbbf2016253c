// Unified social credit code (统一社会信用代码), GB 32100-2015: 17 characters and a check character.

/** The code's alphabet: digits and capitals without I, O, S, V, Z; a character's value is its index. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Upper case without spaces, dashes or full-width forms, as people paste codes from certificates. */
export function normaliseCreditCode(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]/g, '')
    .toUpperCase();
}

/** The check character for the first 17 characters, or undefined when they are not 17 valid ones. */
export function creditCodeCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARSET.charAt(check);
}

/** Why a (normalised) code is not valid, or undefined when it is. */
export function creditCodeProblem(code: string): string | undefined {
  if (code.length !== 18) return `must be 18 characters, got ${code.length}`;
  const bad = [...code].find((ch) => !CREDIT_CODE_CHARSET.includes(ch));
  if (bad !== undefined) return `character "${bad}" is not allowed (0-9 and A-Y without I O S V Z)`;
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected !== code.charAt(17)) return `check character should be ${expected}, not ${code.charAt(17)}`;
  return undefined;
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === undefined;
}
