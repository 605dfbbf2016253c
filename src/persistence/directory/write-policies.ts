import type { PolicyRecord } from '../../domain/directory/records.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Tx, WriteCounts } from './types.ts';
import { upsertInChunks } from './upsert-chunks.ts';

/** Upserts by code. */
export function writePolicies(tx: Tx, records: readonly PolicyRecord[]): Promise<WriteCounts> {
  return upsertInChunks(
    tx,
    records,
    (p) => p,
    (json) => Prisma.sql`
      INSERT INTO policies AS p (code, title, issuer, summary, url, tags, updated_at)
      SELECT s.code, s.title, s.issuer, s.summary, s.url, s.tags, now()
      FROM jsonb_to_recordset(${json}::jsonb) AS s(code text, title text, issuer text, summary text, url text, tags text[], ord int)
      ORDER BY s.ord
      ON CONFLICT (code) DO UPDATE SET
        title = excluded.title, issuer = excluded.issuer, summary = excluded.summary,
        url = excluded.url, tags = excluded.tags, updated_at = now()
      WHERE (p.title, p.issuer, p.summary, p.url, p.tags)
        IS DISTINCT FROM (excluded.title, excluded.issuer, excluded.summary, excluded.url, excluded.tags)
      RETURNING (xmax = 0) AS created`,
  );
}
