// Whose Homes a `home.refresh` message redraws, as the Home needs them: the cadres it names, the
// cadres assigned to the firms it names, and with `dispatch` the dispatch room's staff. Only active
// cadres with a Slack account who have opened the Home at least once: a tab nobody opened needs no
// drawing (app_home_opened draws it when they do), and Slack's views.publish allows ~100 a minute.
import type { CadreRank, Role } from '../../domain/org/people.ts';
import type { Db, Tx } from '../prisma.ts';

export interface HomeViewerRow {
  id: number;
  name: string;
  rank: CadreRank;
  roles: Role[];
  slackUserId: string;
  locale: string | null;
}

/** Which Homes a redraw names: cadres, the cadres of firms (包企), and the dispatch room's staff. */
export interface HomesNamed {
  cadreIds: readonly number[];
  enterpriseIds: readonly number[];
  dispatch: boolean;
}

function viewersWhere(which: HomesNamed) {
  return {
    active: true,
    slackUserId: { not: null },
    homeOpenedAt: { not: null },
    OR: [
      { id: { in: [...which.cadreIds] } },
      { enterprises: { some: { id: { in: [...which.enterpriseIds] } } } },
      ...(which.dispatch ? [{ roles: { has: 'dispatch' as const } }] : []),
    ],
  };
}

export async function homeViewers(db: Db, which: HomesNamed): Promise<HomeViewerRow[]> {
  const rows = await db.cadre.findMany({
    where: viewersWhere(which),
    select: { id: true, name: true, rank: true, roles: true, slackUserId: true, locale: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => ({ ...r, slackUserId: r.slackUserId as string }));
}

/** Whether any Home named would be drawn: a change touching nobody's opened Home asks for no redraw. */
export async function anyHomeToDraw(db: Db | Tx, which: HomesNamed): Promise<boolean> {
  return (await db.cadre.findFirst({ where: viewersWhere(which), select: { id: true } })) !== null;
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
