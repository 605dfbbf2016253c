import type { EnterpriseRecord } from '../../domain/directory/records.ts';
import { distinctCompanies } from './company-names.ts';
import { generateCreditCode } from './credit-codes.ts';
import { createRandom } from './prng.ts';

export const DEMO_ENTERPRISES = 20_000;
/** The firms "under the district" that the teams visited first: the ones assigned to a cadre. */
export const DEMO_ASSIGNED = 554;

/**
 * 20,000 firms with valid credit codes; 554 of them, spread through the list, assigned round the
 * team cadres in a shuffled order. `count` and `assigned` are for benchmarks and small tests.
 */
export function demoEnterprises(
  teamCadreCodes: readonly string[],
  count = DEMO_ENTERPRISES,
  assigned = Math.min(DEMO_ASSIGNED, count),
): EnterpriseRecord[] {
  const random = createRandom('zhuqi-demo/enterprises');
  const companies = distinctCompanies(random, count);
  const codes = new Set<string>();
  while (codes.size < count) codes.add(generateCreditCode(random));
  const owners = random.shuffle(teamCadreCodes);
  const ownerOf = new Map<number, string>();
  for (let k = 0; k < assigned && owners.length > 0; k++) {
    ownerOf.set(Math.floor((k * count) / assigned), owners[k % owners.length] as string);
  }
  const creditCodes = [...codes];
  return companies.map((company, i) => {
    const cadreCode = ownerOf.get(i) ?? null;
    return {
      creditCode: creditCodes[i] as string,
      name: company.name,
      shortName: company.shortName,
      address: company.address,
      industry: company.industry,
      aboveScale: random.chance(cadreCode === null ? 0.04 : 0.25),
      cadreCode,
    };
  });
}
