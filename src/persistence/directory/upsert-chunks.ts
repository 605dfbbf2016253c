import { Prisma } from '../../generated/prisma/client.ts';
import { addCounts, chunks, NO_WRITES, type Tx, type WriteCounts } from './types.ts';

/**
 * Runs `upsert` once per chunk with the chunk as one JSON parameter (read back with
 * jsonb_to_recordset: one bind parameter whatever the row count). The statement is an
 * INSERT … ON CONFLICT DO UPDATE … WHERE (row) IS DISTINCT FROM (excluded) … RETURNING
 * (xmax = 0) AS created: rows equal to the file are not returned, so they count as unchanged, and
 * `xmax = 0` tells an inserted row from an updated one. Each row carries `ord`, its position in
 * the file, for the statement to ORDER BY: new rows then get their ids in file order, whatever
 * join the planner picks, and two runs of the same file give the same ids.
 */
export async function upsertInChunks<T>(
  tx: Tx,
  records: readonly T[],
  toRow: (record: T) => object,
  upsert: (json: string) => Prisma.Sql,
): Promise<WriteCounts> {
  let counts = NO_WRITES;
  for (const chunk of chunks(records)) {
    const json = JSON.stringify(chunk.map((record, ord) => ({ ...toRow(record), ord })));
    const [result] = await tx.$queryRaw<{ created: number; updated: number }[]>(Prisma.sql`
      WITH written AS (${upsert(json)})
      SELECT count(*) FILTER (WHERE created)::int AS created, count(*) FILTER (WHERE NOT created)::int AS updated
      FROM written`);
    const created = result?.created ?? 0;
    const updated = result?.updated ?? 0;
    counts = addCounts(counts, { created, updated, unchanged: chunk.length - created - updated });
  }
  return counts;
}
