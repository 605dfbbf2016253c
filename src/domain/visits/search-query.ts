// What a typed query asks of the enterprise directory: the start of a credit code (`91220101…`), or
// words of a name. Credit codes are searched by prefix on their unique index; names by their grams.
import { normaliseCreditCode } from '../directory/credit-code.ts';

const CODE_PREFIX = /^[0-9A-Z]{4,18}$/;

/** The normalised credit code prefix the query is, or null when it reads as a name. */
export function creditCodePrefixOf(query: string): string | null {
  const code = normaliseCreditCode(query.trim());
  // A digit tells a code from a Latin name (`TCL`, `Golden`); four characters from a short word.
  return CODE_PREFIX.test(code) && /\d/.test(code) ? code : null;
}

/** The greatest 18-character code starting with `prefix`: with it, a prefix is a range of the index. */
export function creditCodeRangeEnd(prefix: string): string {
  return prefix.padEnd(18, 'Z');
}
