// A unit's lead may be named before that cadre is imported (units are imported first). The
// wanted lead is kept here, unit code → cadre code, until the cadres import can set it. It lives
// in the settings table so that no column exists just for the gap between two imports.
import type { Tx } from './types.ts';

const KEY = 'directory.pending_unit_leads';

export type PendingLeads = Record<string, string>;

export async function readPendingLeads(tx: Tx): Promise<PendingLeads> {
  const row = await tx.setting.findUnique({ where: { key: KEY } });
  const value = row?.value;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as PendingLeads) : {};
}

/** Writes only on change, so a re-import leaves the row (and its updated_at) alone. */
export async function savePendingLeads(tx: Tx, before: PendingLeads, after: PendingLeads): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(after).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  if (JSON.stringify(sorted) === JSON.stringify(before)) return;
  if (Object.keys(sorted).length === 0) {
    await tx.setting.deleteMany({ where: { key: KEY } });
    return;
  }
  await tx.setting.upsert({
    where: { key: KEY },
    create: { key: KEY, value: sorted },
    update: { value: sorted },
  });
}
