import type { DirectorySnapshot } from '../../domain/directory/check-references.ts';
import type { UnitKind } from '../../domain/directory/records.ts';
import type { Tx } from './types.ts';

/** Codes already in the database, for checking a file's references (a few hundred rows each). */
export async function loadDirectorySnapshot(tx: Tx): Promise<DirectorySnapshot> {
  const units = await tx.$queryRaw<{ code: string; kind: UnitKind; parent_code: string | null }[]>`
    SELECT u.code, u.kind::text AS kind, p.code AS parent_code
    FROM units u LEFT JOIN units p ON p.id = u.parent_id`;
  const cadres = await tx.$queryRaw<{ code: string; slack_user_id: string | null }[]>`
    SELECT code, slack_user_id FROM cadres`;
  return {
    units: new Map(units.map((u) => [u.code, { kind: u.kind, parentCode: u.parent_code }])),
    cadres: new Map(cadres.map((c) => [c.code, { slackUserId: c.slack_user_id }])),
  };
}
