import type { EnterpriseRecord } from '../../domain/directory/records.ts';
import { searchGrams } from '../../domain/directory/search-grams.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Tx, WriteCounts } from './types.ts';
import { upsertInChunks } from './upsert-chunks.ts';

const toRow = (e: EnterpriseRecord) => ({
  credit_code: e.creditCode,
  name: e.name,
  short_name: e.shortName,
  address: e.address,
  industry: e.industry,
  above_scale: e.aboveScale,
  cadre_code: e.cadreCode,
  search_grams: searchGrams([e.name, e.shortName, e.creditCode]),
});

/** Upserts by credit code; the owning cadre is looked up by code (checked to exist beforehand). */
export function writeEnterprises(tx: Tx, records: readonly EnterpriseRecord[]): Promise<WriteCounts> {
  return upsertInChunks(
    tx,
    records,
    toRow,
    (json) => Prisma.sql`
      INSERT INTO enterprises AS e
        (credit_code, name, short_name, address, industry, above_scale, cadre_id, search_grams, updated_at)
      SELECT s.credit_code, s.name, s.short_name, s.address, s.industry, s.above_scale, c.id, s.search_grams, now()
      FROM jsonb_to_recordset(${json}::jsonb) AS s(
        credit_code text, name text, short_name text, address text, industry text,
        above_scale boolean, cadre_code text, search_grams text[], ord int)
      LEFT JOIN cadres c ON c.code = s.cadre_code
      ORDER BY s.ord
      ON CONFLICT (credit_code) DO UPDATE SET
        name = excluded.name, short_name = excluded.short_name, address = excluded.address,
        industry = excluded.industry, above_scale = excluded.above_scale, cadre_id = excluded.cadre_id,
        search_grams = excluded.search_grams, updated_at = now()
      WHERE (e.name, e.short_name, e.address, e.industry, e.above_scale, e.cadre_id, e.search_grams)
        IS DISTINCT FROM (excluded.name, excluded.short_name, excluded.address, excluded.industry,
          excluded.above_scale, excluded.cadre_id, excluded.search_grams)
      RETURNING (xmax = 0) AS created`,
  );
}
