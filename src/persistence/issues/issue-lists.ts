// Lists the issue flows show: a cadre's open issues, enterprises and projects to raise an issue
// against, and whom dispatch can route to.
import { queryGrams } from '../../domain/directory/search-grams.ts';
import type { IssueLevel, IssueStatus } from '../../domain/issues/index.ts';
import { fromDbDateOrNull } from '../dates.ts';
import type { Db } from '../prisma.ts';

export interface OpenIssueItem {
  id: number;
  title: string;
  status: IssueStatus;
  level: IssueLevel;
  dueDate: string | null;
  isOwner: boolean;
  isFinder: boolean;
}

const OPEN: IssueStatus[] = ['in_progress', 'awaiting_dispatch', 'deferred', 'resolved'];

/** The cadre's open issues, as owner or finder: soonest due first, those without a date last. */
export async function listOpenIssues(
  db: Db,
  cadreId: number,
  limit: number,
): Promise<{ items: OpenIssueItem[]; total: number }> {
  const where = { status: { in: OPEN }, OR: [{ ownerId: cadreId }, { finderId: cadreId }] };
  const [rows, total] = await Promise.all([
    db.issue.findMany({
      where,
      orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      take: limit,
      select: {
        id: true,
        title: true,
        status: true,
        level: true,
        dueDate: true,
        ownerId: true,
        finderId: true,
      },
    }),
    db.issue.count({ where }),
  ]);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      level: r.level,
      dueDate: fromDbDateOrNull(r.dueDate),
      isOwner: r.ownerId === cadreId,
      isFinder: r.finderId === cadreId,
    })),
  };
}

export interface SubjectMatch {
  kind: 'enterprise' | 'project';
  id: number;
  name: string;
  /** The credit code, or nothing for a project. */
  detail: string | null;
}

/**
 * Enterprises by name, short name or credit code (the search_grams GIN index narrows, ILIKE confirms),
 * then key projects by name. With nothing searchable typed, the cadre's own enterprises come first.
 */
export async function searchSubjects(
  db: Db,
  query: string,
  options: { cadreId?: number; limit: number },
): Promise<SubjectMatch[]> {
  const q = query.trim();
  const grams = queryGrams(q);
  const text = { contains: q, mode: 'insensitive' as const };
  const [enterprises, projects] = await Promise.all([
    db.enterprise.findMany({
      where:
        grams.length > 0
          ? {
              searchGrams: { hasEvery: grams },
              OR: [{ name: text }, { shortName: text }, { creditCode: text }],
            }
          : options.cadreId !== undefined
            ? { cadreId: options.cadreId }
            : {},
      orderBy: { name: 'asc' },
      take: options.limit,
      select: { id: true, name: true, creditCode: true },
    }),
    db.project.findMany({
      where: q === '' ? {} : { OR: [{ name: text }, { code: text }] },
      orderBy: { name: 'asc' },
      take: options.limit,
      select: { id: true, name: true },
    }),
  ]);
  return [
    ...enterprises.map((e) => ({
      kind: 'enterprise' as const,
      id: e.id,
      name: e.name,
      detail: e.creditCode,
    })),
    ...projects.map((p) => ({ kind: 'project' as const, id: p.id, name: p.name, detail: null })),
  ];
}

export async function subjectExists(db: Db, subject: { kind: 'enterprise' | 'project'; id: number }) {
  const found =
    subject.kind === 'enterprise'
      ? await db.enterprise.findUnique({ where: { id: subject.id }, select: { id: true } })
      : await db.project.findUnique({ where: { id: subject.id }, select: { id: true } });
  return found !== null;
}

export interface NamedUnit {
  id: number;
  name: string;
}

export interface Candidate {
  cadreId: number;
  name: string;
}

/** The district's function groups (服务功能组), for the route modal. */
export function listFunctionGroups(db: Db): Promise<NamedUnit[]> {
  return db.unit.findMany({
    where: { kind: 'function_group' },
    orderBy: [{ code: 'asc' }],
    select: { id: true, name: true },
  });
}

export async function functionGroupOf(db: Db, unitId: number): Promise<NamedUnit | null> {
  return db.unit.findFirst({
    where: { id: unitId, kind: 'function_group' },
    select: { id: true, name: true },
  });
}

/** Who can own an issue routed to a function group: its lead first, then its members. */
export async function functionGroupCandidates(db: Db, unitId: number): Promise<Candidate[]> {
  const unit = await db.unit.findUnique({
    where: { id: unitId },
    select: {
      lead: { select: { id: true, name: true, active: true } },
      memberships: { select: { cadre: { select: { id: true, name: true, active: true } } } },
    },
  });
  if (!unit) return [];
  const people = [unit.lead, ...unit.memberships.map((m) => m.cadre)];
  const seen = new Set<number>();
  const out: Candidate[] = [];
  for (const p of people) {
    if (!p?.active || seen.has(p.id)) continue;
    seen.add(p.id);
    out.push({ cadreId: p.id, name: p.name });
  }
  return out;
}

/** The city liaisons: dispatch-room staff (the dispatch role), who follow what goes to the city. */
export async function dispatchStaff(db: Db): Promise<Candidate[]> {
  const rows = await db.cadre.findMany({
    where: { active: true, roles: { has: 'dispatch' } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true },
  });
  return rows.map((r) => ({ cadreId: r.id, name: r.name }));
}
