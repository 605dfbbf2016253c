import type { CadreRecord } from '../../domain/directory/records.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { readPendingLeads, savePendingLeads } from './pending-unit-leads.ts';
import { chunks, type Tx } from './types.ts';

export interface CadreWriteResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Unit leads that were waiting for one of these cadres and are now set. */
  leadsFilled: number;
}

/**
 * Upserts by code, then makes each cadre's memberships exactly its unit_codes. A cadre counts as
 * updated when its row or its memberships changed.
 */
export async function writeCadres(tx: Tx, records: readonly CadreRecord[]): Promise<CadreWriteResult> {
  await releaseMovedSlackIds(tx, records);
  const created = new Set<string>();
  const changed = new Set<string>();
  for (const chunk of chunks(records)) {
    const json = JSON.stringify(chunk.map((cadre, ord) => ({ ...cadre, ord })));
    const written = await tx.$queryRaw<{ code: string; created: boolean }[]>(Prisma.sql`
      INSERT INTO cadres AS c (code, name, slack_user_id, rank, roles, updated_at)
      SELECT s.code, s.name, s."slackUserId", s.rank::"CadreRank", s.roles::"Role"[], now()
      FROM jsonb_to_recordset(${json}::jsonb) AS s(code text, name text, "slackUserId" text, rank text, roles text[], ord int)
      ORDER BY s.ord
      ON CONFLICT (code) DO UPDATE SET
        name = excluded.name, slack_user_id = excluded.slack_user_id, rank = excluded.rank,
        roles = excluded.roles, updated_at = now()
      WHERE (c.name, c.slack_user_id, c.rank, c.roles)
        IS DISTINCT FROM (excluded.name, excluded.slack_user_id, excluded.rank, excluded.roles)
      RETURNING c.code, (xmax = 0) AS created`);
    for (const row of written) (row.created ? created : changed).add(row.code);
    for (const code of await replaceMemberships(tx, json)) changed.add(code);
  }
  const leadsFilled = await fillPendingLeads(tx);
  const updated = [...changed].filter((code) => !created.has(code)).length;
  return { created: created.size, updated, unchanged: records.length - created.size - updated, leadsFilled };
}

/**
 * A Slack id moving from one cadre to another in the same file (checked beforehand: its holder is
 * in the file) would hit the unique index halfway through the upsert; its old holder lets go first.
 */
async function releaseMovedSlackIds(tx: Tx, records: readonly CadreRecord[]): Promise<void> {
  const moves = records
    .filter((c) => c.slackUserId !== null)
    .map((c) => ({ code: c.code, slack: c.slackUserId }));
  for (const chunk of chunks(moves)) {
    await tx.$executeRaw(Prisma.sql`
      UPDATE cadres c SET slack_user_id = NULL
      FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) AS s(code text, slack text)
      WHERE c.slack_user_id = s.slack AND c.code <> s.code`);
  }
}

/** Returns the codes of cadres whose membership set changed. */
async function replaceMemberships(tx: Tx, json: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ code: string }[]>(Prisma.sql`
    WITH src AS (
      SELECT * FROM jsonb_to_recordset(${json}::jsonb) AS s(code text, "unitCodes" text[])
    ), wanted AS (
      SELECT c.id AS cadre_id, u.id AS unit_id
      FROM src s
      JOIN cadres c ON c.code = s.code
      CROSS JOIN LATERAL unnest(s."unitCodes") AS uc(code)
      JOIN units u ON u.code = uc.code
    ), removed AS (
      DELETE FROM memberships m USING src s JOIN cadres c ON c.code = s.code
      WHERE m.cadre_id = c.id
        AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.cadre_id = m.cadre_id AND w.unit_id = m.unit_id)
      RETURNING m.cadre_id
    ), added AS (
      INSERT INTO memberships (unit_id, cadre_id) SELECT unit_id, cadre_id FROM wanted
      ON CONFLICT DO NOTHING
      RETURNING cadre_id
    )
    SELECT DISTINCT c.code FROM (SELECT cadre_id FROM removed UNION SELECT cadre_id FROM added) t
    JOIN cadres c ON c.id = t.cadre_id`);
  return rows.map((row) => row.code);
}

/** Sets the leads that units named before their cadre existed; returns how many were set. */
async function fillPendingLeads(tx: Tx): Promise<number> {
  const before = await readPendingLeads(tx);
  const entries = Object.entries(before).map(([unit, cadre]) => ({ unit, cadre }));
  if (entries.length === 0) return 0;
  const resolved = await tx.$queryRaw<{ unit: string; set: boolean }[]>(Prisma.sql`
    WITH src AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(entries)}::jsonb) AS s(unit text, cadre text)),
    found AS (
      SELECT s.unit, c.id AS cadre_id FROM src s JOIN cadres c ON c.code = s.cadre JOIN units u ON u.code = s.unit
    ), updated AS (
      UPDATE units u SET lead_cadre_id = f.cadre_id, updated_at = now()
      FROM found f
      WHERE u.code = f.unit AND u.lead_cadre_id IS DISTINCT FROM f.cadre_id
      RETURNING u.code
    )
    SELECT f.unit, EXISTS (SELECT 1 FROM updated WHERE updated.code = f.unit) AS set FROM found f`);
  const after = { ...before };
  for (const { unit } of resolved) delete after[unit];
  await savePendingLeads(tx, before, after);
  return resolved.filter((r) => r.set).length;
}
