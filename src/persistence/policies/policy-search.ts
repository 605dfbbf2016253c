// The policy library (政策礼包) as options of the visit form's policy select. The form asks Slack for
// options on demand (external select), so opening the modal reads nothing and a library of any size
// fits; an empty query lists the library from its first entry.
import type { Db } from '../prisma.ts';

export interface PolicyHit {
  id: number;
  title: string;
  issuer: string | null;
}

const LIMIT = 100;

export function createPolicySearch(db: Db) {
  return {
    async search(query: string, limit: number = LIMIT): Promise<PolicyHit[]> {
      const q = query.trim();
      const contains = { contains: q, mode: 'insensitive' as const };
      return db.policy.findMany({
        where:
          q === ''
            ? {}
            : { OR: [{ title: contains }, { issuer: contains }, { code: contains }, { tags: { has: q } }] },
        orderBy: { id: 'asc' },
        take: Math.min(limit, LIMIT),
        select: { id: true, title: true, issuer: true },
      });
    },
  };
}

export type PolicySearch = ReturnType<typeof createPolicySearch>;
