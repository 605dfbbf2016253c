import { CREDIT_CODE_CHARSET, creditCodeCheckChar } from '../../domain/directory/credit-code.ts';
import type { Random } from './prng.ts';

/** 长春市南关区: the registering authority's division code inside every demo credit code. */
export const NANGUAN_DIVISION = '220102';

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const DIGITS = [...'0123456789'];
const CODE_CHARS = [...CREDIT_CODE_CHARSET];

/** GB 11714 check character of an 8-character organisation code body (digits and capitals). */
function orgCodeCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body.charAt(i);
    const value = ch >= '0' && ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += value * (ORG_CODE_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * A valid code as a company registered in the district would have: 9 (market regulator),
 * 1 (company), the division code, an organisation code (older firms: digits; since 2015 "MA…"),
 * and the GB 32100 check character.
 */
export function generateCreditCode(random: Random, division = NANGUAN_DIVISION): string {
  const modern = random.chance(0.4);
  let body = modern ? 'MA' : '';
  const alphabet = modern ? CODE_CHARS : DIGITS;
  while (body.length < 8) body += random.pick(alphabet);
  const first17 = `91${division}${body}${orgCodeCheck(body)}`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}
