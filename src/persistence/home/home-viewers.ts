// Whose Homes a `home.refresh` message redraws, as the Home needs them: the cadres it names, the
// cadres assigned to the firms it names, and with `dispatch` the dispatch room's staff. Only active
// cadres with a Slack account who have opened the Home at least once: a tab nobody opened needs no
// drawing (app_home_opened draws it when they do), and Slack's views.publish allows ~100 a minute.
import type { CadreRank, Role } from '../../domain/org/people.ts';
import type { Db } from '../prisma.ts';

export interface HomeViewerRow {
  id: number;
  name: string;
  rank: CadreRank;
  roles: Role[];
  slackUserId: string;
  locale: string | null;
}

export async function homeViewers(
  db: Db,
  which: { cadreIds: readonly number[]; enterpriseIds: readonly number[]; dispatch: boolean },
): Promise<HomeViewerRow[]> {
  const rows = await db.cadre.findMany({
    where: {
      active: true,
      slackUserId: { not: null },
      homeOpenedAt: { not: null },
      OR: [
        { id: { in: [...which.cadreIds] } },
        { enterprises: { some: { id: { in: [...which.enterpriseIds] } } } },
        ...(which.dispatch ? [{ roles: { has: 'dispatch' as const } }] : []),
      ],
    },
    select: { id: true, name: true, rank: true, roles: true, slackUserId: true, locale: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => ({ ...r, slackUserId: r.slackUserId as string }));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Remembers that the cadre opened their Home; written at most once a day per cadre. */
export async function markHomeOpened(db: Db, cadreId: number, at: Date): Promise<void> {
  await db.cadre.updateMany({
    where: {
      id: cadreId,
      OR: [{ homeOpenedAt: null }, { homeOpenedAt: { lt: new Date(at.getTime() - DAY_MS) } }],
    },
    data: { homeOpenedAt: at },
  });
}
