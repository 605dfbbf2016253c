// A digest scope as SQL: which issues, projects and function groups a channel's figures cover.
//   district               everything;
//   task_force:<code>      its projects, and the issues raised on them;
//   function_group:<code>  the issues it holds now (level function_group, owned by that unit). The
//                          history rows name owners and levels but not units, so "ever held" cannot be
//                          told apart from "held by another group" — the current holder is exact.
import type { DigestScope } from '../../domain/digests/index.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../prisma.ts';

export interface ScopeUnit {
  id: number;
  code: string;
  name: string;
}

export interface ScopeSql {
  scope: DigestScope;
  /** The task force or function group; null for the district. */
  unit: ScopeUnit | null;
  /** A condition on issues aliased `i`. */
  issues: Prisma.Sql;
  /** A condition on projects aliased `p`; null when the scope owns no projects. */
  projects: Prisma.Sql | null;
  /** A condition on function-group units aliased `u`. */
  functionGroups: Prisma.Sql;
  /** Whether enterprises and visits belong to the scope (only the district's do). */
  visits: boolean;
}

/** The subscription names a unit that is not in the directory (or is not of the scope's kind). */
export class UnknownScopeUnitError extends Error {
  override readonly name = 'UnknownScopeUnitError';
}

export async function scopeSql(db: Db, scope: DigestScope): Promise<ScopeSql> {
  if (scope.kind === 'district') {
    return {
      scope,
      unit: null,
      issues: Prisma.sql`TRUE`,
      projects: Prisma.sql`TRUE`,
      functionGroups: Prisma.sql`TRUE`,
      visits: true,
    };
  }
  const unit = await db.unit.findFirst({
    where: { code: scope.code, kind: scope.kind },
    select: { id: true, code: true, name: true },
  });
  if (!unit) throw new UnknownScopeUnitError(`no ${scope.kind} unit with code ${scope.code}`);
  if (scope.kind === 'task_force') {
    return {
      scope,
      unit,
      issues: Prisma.sql`i.project_id IN (SELECT id FROM projects WHERE task_force_id = ${unit.id})`,
      projects: Prisma.sql`p.task_force_id = ${unit.id}`,
      functionGroups: Prisma.sql`TRUE`,
      visits: false,
    };
  }
  return {
    scope,
    unit,
    issues: Prisma.sql`i.level = 'function_group' AND i.owner_unit_id = ${unit.id}`,
    projects: null,
    functionGroups: Prisma.sql`u.id = ${unit.id}`,
    visits: false,
  };
}
