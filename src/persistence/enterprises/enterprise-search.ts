// Typeahead over the whole enterprise directory (20,000+ firms) for the visit form: name, short name
// or credit code, Chinese substrings included, the searching cadre's own firms (包企) first.
//
// Names: the GIN index on search_grams finds candidates; ILIKE confirms the characters are adjacent
// and in order (src/domain/directory/search-grams.ts says why grams and not trigrams). A common word
// (公司, 长春) matches most of the directory, so the other firms are ranked among the first
// CANDIDATES that match, not all of them: the user narrows by typing on. The cadre's own firms are
// few and always ranked in full. Credit codes: a prefix is a range of the unique index.
import { queryGrams } from '../../domain/directory/search-grams.ts';
import { creditCodePrefixOf, creditCodeRangeEnd, type EnterpriseHit } from '../../domain/visits/index.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../prisma.ts';

/** Slack shows at most 100 options in a select. */
export const SEARCH_LIMIT = 100;
/** How many matching firms of other cadres are ranked for one query (measured: docs/benchmarks.md). */
const CANDIDATES = 500;

/** `%` and `_` typed by a user are literal characters, not wildcards. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Words of the query in order, as one pattern: `春城 热力` finds 长春市春城热力有限公司. */
function containsPattern(query: string): string {
  const words = query.trim().split(/\s+/u).filter(Boolean).map(likeEscape);
  return `%${words.join('%')}%`;
}

const columns = Prisma.sql`e.id, e.name, e.short_name AS "shortName", e.credit_code AS "creditCode"`;
const me = (slackUserId: string) => Prisma.sql`(SELECT id FROM cadres WHERE slack_user_id = ${slackUserId})`;
/** Not the cadre's own: unowned firms included, and every firm for someone outside the directory. */
const notMine = (slackUserId: string) =>
  Prisma.sql`coalesce(e.cadre_id, 0) <> coalesce(${me(slackUserId)}, -1)`;

export function createEnterpriseSearch(db: Db) {
  const rows = (sql: Prisma.Sql) => db.$queryRaw<Omit<EnterpriseHit, 'own'>[]>(sql);

  /** The cadre's own firms and the others, queried side by side; own first, `limit` in all. */
  async function ownThenOthers(own: Prisma.Sql, others: Prisma.Sql, limit: number): Promise<EnterpriseHit[]> {
    const [mine, rest] = await Promise.all([rows(own), rows(others)]);
    return [...mine.map((e) => ({ ...e, own: true })), ...rest.map((e) => ({ ...e, own: false }))].slice(
      0,
      limit,
    );
  }

  /** An empty box: the cadre's own firms by name, then the directory in order. */
  function list(slackUserId: string, limit: number) {
    return ownThenOthers(
      Prisma.sql`SELECT ${columns} FROM enterprises e
        WHERE e.cadre_id = ${me(slackUserId)} ORDER BY e.name, e.id LIMIT ${limit}`,
      Prisma.sql`SELECT ${columns} FROM enterprises e
        WHERE ${notMine(slackUserId)} ORDER BY e.id LIMIT ${limit}`,
      limit,
    );
  }

  /** The start of a credit code: own firms with it, then everybody's in code order. */
  function byCode(slackUserId: string, prefix: string, limit: number) {
    const match = Prisma.sql`e.credit_code BETWEEN ${prefix} AND ${creditCodeRangeEnd(prefix)}
      AND e.credit_code LIKE ${`${likeEscape(prefix)}%`}`;
    return ownThenOthers(
      Prisma.sql`SELECT ${columns} FROM enterprises e
        WHERE e.cadre_id = ${me(slackUserId)} AND ${match} ORDER BY e.credit_code LIMIT ${limit}`,
      Prisma.sql`SELECT ${columns} FROM enterprises e
        WHERE ${match} AND ${notMine(slackUserId)} ORDER BY e.credit_code LIMIT ${limit}`,
      limit,
    );
  }

  /** Words of a name, short name or code, anywhere in it. */
  function byWords(slackUserId: string, query: string, limit: number) {
    const pattern = containsPattern(query);
    const prefix = `${likeEscape(query.trim())}%`;
    const match = Prisma.sql`e.search_grams @> ${queryGrams(query)}::text[]
      AND (e.name ILIKE ${pattern} OR e.short_name ILIKE ${pattern} OR e.credit_code ILIKE ${pattern})`;
    // What starts with the query first (the firm's leading words), then shorter names: they match
    // more of what was typed.
    const rank = Prisma.sql`ORDER BY
      (c.name ILIKE ${prefix} OR c."shortName" ILIKE ${prefix} OR c."creditCode" ILIKE ${prefix}) DESC,
      char_length(c.name), c.id
      LIMIT ${limit}`;
    return ownThenOthers(
      Prisma.sql`SELECT c.* FROM (SELECT ${columns} FROM enterprises e
        WHERE e.cadre_id = ${me(slackUserId)} AND ${match}) c ${rank}`,
      Prisma.sql`SELECT c.* FROM (SELECT ${columns} FROM enterprises e
        WHERE ${match} AND ${notMine(slackUserId)} LIMIT ${CANDIDATES}) c ${rank}`,
      limit,
    );
  }

  return {
    /** Up to `limit` (≤ 100) firms matching `query`, own firms first; an empty query lists. */
    search(slackUserId: string, query: string, limit: number = SEARCH_LIMIT): Promise<EnterpriseHit[]> {
      const capped = Math.min(Math.max(limit, 1), SEARCH_LIMIT);
      const code = creditCodePrefixOf(query);
      if (code !== null) return byCode(slackUserId, code, capped);
      return queryGrams(query).length === 0 ? list(slackUserId, capped) : byWords(slackUserId, query, capped);
    },
  };
}

export type EnterpriseSearch = ReturnType<typeof createEnterpriseSearch>;
