import {
  DEFAULT_DEADLINE_SETTINGS,
  type DeadlineSettings,
  deadlineSettingsSchema,
} from '../../domain/deadlines/index.ts';
import type { Db } from '../prisma.ts';

const DEADLINES_KEY = 'deadlines';

/** Deadlines, the reminder ladder and working hours: the defaults of domain.md unless an admin set them. */
export async function loadDeadlineSettings(db: Db): Promise<DeadlineSettings> {
  const row = await db.setting.findUnique({ where: { key: DEADLINES_KEY } });
  return row ? deadlineSettingsSchema.parse(row.value) : DEFAULT_DEADLINE_SETTINGS;
}

export async function saveDeadlineSettings(
  db: Db,
  value: unknown,
  updatedById?: number,
): Promise<DeadlineSettings> {
  const settings = deadlineSettingsSchema.parse(value);
  await db.setting.upsert({
    where: { key: DEADLINES_KEY },
    create: { key: DEADLINES_KEY, value: settings, updatedById: updatedById ?? null },
    update: { value: settings, updatedById: updatedById ?? null },
  });
  return settings;
}
