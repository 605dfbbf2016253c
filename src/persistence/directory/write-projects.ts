import type { ProjectRecord } from '../../domain/directory/records.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Tx, WriteCounts } from './types.ts';
import { upsertInChunks } from './upsert-chunks.ts';

const toRow = (p: ProjectRecord) => ({
  code: p.code,
  name: p.name,
  task_force_code: p.taskForceCode,
  amount_yuan: p.amountYuan,
  status: p.status,
  lead_cadre_code: p.leadCadreCode,
});

/** Upserts by code; the task force and the lead are looked up by code (checked to exist beforehand). */
export function writeProjects(tx: Tx, records: readonly ProjectRecord[]): Promise<WriteCounts> {
  return upsertInChunks(
    tx,
    records,
    toRow,
    (json) => Prisma.sql`
      INSERT INTO projects AS p (code, name, task_force_id, amount_yuan, status, lead_cadre_id, updated_at)
      SELECT s.code, s.name, t.id, s.amount_yuan, s.status::"ProjectStatus", c.id, now()
      FROM jsonb_to_recordset(${json}::jsonb) AS s(
        code text, name text, task_force_code text, amount_yuan numeric, status text, lead_cadre_code text, ord int)
      JOIN units t ON t.code = s.task_force_code
      LEFT JOIN cadres c ON c.code = s.lead_cadre_code
      ORDER BY s.ord
      ON CONFLICT (code) DO UPDATE SET
        name = excluded.name, task_force_id = excluded.task_force_id, amount_yuan = excluded.amount_yuan,
        status = excluded.status, lead_cadre_id = excluded.lead_cadre_id, updated_at = now()
      WHERE (p.name, p.task_force_id, p.amount_yuan, p.status, p.lead_cadre_id)
        IS DISTINCT FROM (excluded.name, excluded.task_force_id, excluded.amount_yuan, excluded.status,
          excluded.lead_cadre_id)
      RETURNING (xmax = 0) AS created`,
  );
}
