// Small organisations for the App Home tests, written straight into PostgreSQL: the Home only reads,
// so each test states exactly the rows it reads (statuses, dates, owners) instead of walking issues
// through the state machine.
import type { Db } from '../../src/persistence/prisma.ts';

type Rank = 'district_leader' | 'division' | 'deputy_division' | 'staff';
type Role = 'dispatch' | 'admin' | 'observer' | 'supervision';
type Status = 'in_progress' | 'awaiting_dispatch' | 'deferred' | 'resolved' | 'closed' | 'withdrawn';
type Mode = 'on_site' | 'phone' | 'video' | 'meeting';

const day = (date: string) => new Date(`${date}T00:00:00.000Z`);

export interface IssueFixture {
  title: string;
  finderId: number;
  status: Status;
  ownerId?: number | null;
  enterpriseId?: number;
  urgency?: 'normal' | 'urgent';
  level?: 'self' | 'team' | 'function_group' | 'city';
  dueDate?: string | null;
  resolvedAt?: Date | null;
  resolvedOnSpot?: boolean;
}

// Codes are unique per table; one counter for the whole test file keeps fixtures from colliding.
let serial = 0;
const next = () => {
  serial += 1;
  return serial;
};

export function homeFixtures(db: Db) {
  return {
    async cadre(options: {
      name: string;
      slackUserId?: string;
      rank?: Rank;
      roles?: Role[];
    }): Promise<number> {
      const row = await db.cadre.create({
        data: {
          code: `C${next()}`,
          name: options.name,
          slackUserId: options.slackUserId ?? null,
          rank: options.rank ?? 'staff',
          roles: options.roles ?? [],
        },
      });
      return row.id;
    },

    async dispatchRoom(
      options: { leadId?: number; channelId?: string; memberIds?: number[] } = {},
    ): Promise<number> {
      const unit = await db.unit.create({
        data: {
          code: `D${next()}`,
          name: '区调度室',
          kind: 'dispatch',
          leadCadreId: options.leadId ?? null,
          slackChannelId: options.channelId ?? null,
        },
      });
      if (options.memberIds?.length) {
        await db.membership.createMany({
          data: options.memberIds.map((cadreId) => ({ unitId: unit.id, cadreId })),
        });
      }
      return unit.id;
    },

    async enterprise(name: string, cadreId: number | null = null): Promise<number> {
      return (await db.enterprise.create({ data: { name, cadreId } })).id;
    },

    /** Many enterprises of one cadre at once. */
    async enterprises(names: string[], cadreId: number | null): Promise<void> {
      await db.enterprise.createMany({ data: names.map((name) => ({ name, cadreId })) });
    },

    async visit(options: {
      enterpriseId: number;
      cadreId: number;
      date: string;
      mode?: Mode;
      summary?: string;
    }): Promise<number> {
      const row = await db.visit.create({
        data: {
          enterpriseId: options.enterpriseId,
          cadreId: options.cadreId,
          visitDate: day(options.date),
          mode: options.mode ?? 'on_site',
          summary: options.summary ?? 'visit',
        },
      });
      return row.id;
    },

    async issue(issue: IssueFixture): Promise<number> {
      const row = await db.issue.create({ data: issueData(issue) });
      return row.id;
    },

    /** Many issues at once (createMany): ids follow the order given. */
    async issues(issues: IssueFixture[]): Promise<void> {
      await db.issue.createMany({ data: issues.map(issueData) });
    },

    /** A history row, as the issue service writes on a move (the queue shows the last hand-up's reason). */
    async event(options: {
      issueId: number;
      actorId: number;
      at: Date;
      toStatus: Status;
      move?: 'hand_to_dispatch' | 'return_misrouted' | 'keep';
      comment?: string;
    }): Promise<void> {
      await db.issueEvent.create({
        data: {
          issueId: options.issueId,
          actorId: options.actorId,
          at: options.at,
          move: options.move ?? 'hand_to_dispatch',
          toStatus: options.toStatus,
          comment: options.comment ?? null,
        },
      });
    },

    async extension(options: {
      issueId: number;
      requestedById: number;
      requestedDue: string;
      reason: string;
    }) {
      await db.extensionRequest.create({
        data: {
          issueId: options.issueId,
          requestedById: options.requestedById,
          requestedDue: day(options.requestedDue),
          reason: options.reason,
        },
      });
    },
  };
}

function issueData(issue: IssueFixture) {
  return {
    title: issue.title,
    category: 'other' as const,
    urgency: issue.urgency ?? 'normal',
    finderId: issue.finderId,
    ownerId: issue.ownerId ?? null,
    level: issue.level ?? 'self',
    status: issue.status,
    enterpriseId: issue.enterpriseId ?? null,
    dueDate: issue.dueDate ? day(issue.dueDate) : null,
    resolvedAt: issue.resolvedAt ?? null,
    resolvedOnSpot: issue.resolvedOnSpot ?? false,
  };
}

/** Rows in every app table: proof that a request wrote nothing. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables
     WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${name}"`);
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}
