import { describe, expect, it } from 'vitest';
import { generateCreditCode } from '../../../src/cli/seed/credit-codes.ts';
import { createRandom } from '../../../src/cli/seed/prng.ts';
import {
  creditCodeCheckChar,
  creditCodeProblem,
  isValidCreditCode,
  normaliseCreditCode,
} from '../../../src/domain/directory/credit-code.ts';

// Published codes of real organisations, as collected in python-stdnum's tests/test_cn_uscc.doctest
// ("found online and should all be valid numbers"): companies (91…), an individual business (92…),
// a public institution (12…), old organisation codes and post-2015 "MA…" ones, X as a digit.
const PUBLISHED = [
  '91110000600037341L',
  '121200004013590816',
  '91110000710926094P',
  '91120224064012553U',
  '91310115MA1K3BTP2B',
  '9144030071526726XG',
  '91620105L015101280',
  '92340603MA2UK2ECXU',
  '91340600MA2PBM9HXD',
  '913101127033980359',
];

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(PUBLISHED)('accepts the published code %s', (code) => {
    expect(creditCodeProblem(code)).toBeUndefined();
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it('maps a remainder of 0 to the check character 0', () => {
    // 91620105L015101280 ends in 0: 31 - (sum mod 31) = 31, which the standard writes as 0.
    expect(isValidCreditCode('91620105L015101280')).toBe(true);
  });

  it('rejects a wrong check character and says which one is expected', () => {
    expect(creditCodeProblem('91110000600037341N')).toBe('check character should be L, not N');
  });

  it('rejects the wrong length', () => {
    expect(creditCodeProblem('12345')).toBe('must be 18 characters, got 5');
    expect(creditCodeProblem('91110000600037341')).toBe('must be 18 characters, got 17');
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the letter %s, which the charset leaves out', (letter) => {
    const code = `9111000060003734${letter}L`;
    expect(creditCodeProblem(code)).toContain(`character "${letter}" is not allowed`);
  });

  it('normalises what people paste: spaces, dashes, lower case, full-width characters', () => {
    expect(normaliseCreditCode(' 91 110000-600037341l ')).toBe('91110000600037341L');
    expect(normaliseCreditCode('９１１１００００６０００３７３４１Ｌ')).toBe('91110000600037341L');
  });

  it('has no check character for a body with a bad character or length', () => {
    expect(creditCodeCheckChar('9111000060003734I')).toBeUndefined();
    expect(creditCodeCheckChar('911100006000')).toBeUndefined();
  });

  it('generates valid, deterministic codes registered in 南关区', () => {
    const generate = (stream: string) => {
      const random = createRandom(stream);
      return Array.from({ length: 2000 }, () => generateCreditCode(random));
    };
    const first = generate('t');
    expect(generate('t')).toEqual(first);
    for (const code of first) {
      expect(creditCodeProblem(code)).toBeUndefined();
      expect(code.slice(0, 8)).toBe('91220102');
    }
    expect(first.some((code) => code.slice(8, 10) === 'MA')).toBe(true);
  });
});
