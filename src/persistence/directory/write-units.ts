import type { UnitRecord } from '../../domain/directory/records.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { readPendingLeads, savePendingLeads } from './pending-unit-leads.ts';
import { chunks, type Tx } from './types.ts';

export interface UnitWriteResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Leads named in the file whose cadre is not imported yet. */
  pendingLeads: number;
}

/**
 * Two statements, because a parent may be a unit of the same file: first the new codes are
 * inserted bare, then one UPDATE sets every field (parent and lead resolved by code) on the rows
 * that differ. A row equal to the file is not touched.
 */
export async function writeUnits(tx: Tx, records: readonly UnitRecord[]): Promise<UnitWriteResult> {
  const created = new Set<string>();
  const changed = new Set<string>();
  for (const chunk of chunks(records)) {
    const json = JSON.stringify(chunk.map((u, ord) => ({ code: u.code, name: u.name, kind: u.kind, ord })));
    const inserted = await tx.$queryRaw<{ code: string }[]>(Prisma.sql`
      INSERT INTO units (code, name, kind, updated_at)
      SELECT s.code, s.name, s.kind::"UnitKind", now()
      FROM jsonb_to_recordset(${json}::jsonb) AS s(code text, name text, kind text, ord int)
      ORDER BY s.ord
      ON CONFLICT (code) DO NOTHING
      RETURNING code`);
    for (const { code } of inserted) created.add(code);
  }
  for (const chunk of chunks(records)) {
    const json = JSON.stringify(chunk);
    const updated = await tx.$queryRaw<{ code: string }[]>(Prisma.sql`
      UPDATE units u SET name = s.name, kind = s.kind::"UnitKind", parent_id = p.id, lead_cadre_id = c.id,
        updated_at = now()
      FROM jsonb_to_recordset(${json}::jsonb) AS s(
          code text, name text, kind text, "parentCode" text, "leadCadreCode" text)
        LEFT JOIN units p ON p.code = s."parentCode"
        LEFT JOIN cadres c ON c.code = s."leadCadreCode"
      WHERE u.code = s.code
        AND (u.name, u.kind, u.parent_id, u.lead_cadre_id)
          IS DISTINCT FROM (s.name, s.kind::"UnitKind", p.id, c.id)
      RETURNING u.code`);
    for (const { code } of updated) changed.add(code);
  }
  const pendingLeads = await rememberPendingLeads(tx, records);
  const updated = [...changed].filter((code) => !created.has(code)).length;
  return { created: created.size, updated, unchanged: records.length - created.size - updated, pendingLeads };
}

/** The file is the truth for its units: their pending entry becomes the file's unresolved lead, or goes. */
async function rememberPendingLeads(tx: Tx, records: readonly UnitRecord[]): Promise<number> {
  const leadCodes = records.flatMap((u) => (u.leadCadreCode === null ? [] : [u.leadCadreCode]));
  const existing = await tx.cadre.findMany({ where: { code: { in: leadCodes } }, select: { code: true } });
  const known = new Set(existing.map((c) => c.code));
  const before = await readPendingLeads(tx);
  const after = { ...before };
  let pending = 0;
  for (const unit of records) {
    if (unit.leadCadreCode !== null && !known.has(unit.leadCadreCode)) {
      after[unit.code] = unit.leadCadreCode;
      pending++;
    } else {
      delete after[unit.code];
    }
  }
  await savePendingLeads(tx, before, after);
  return pending;
}
