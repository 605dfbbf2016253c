// Puts issues in the state a test starts from by calling the real issue service (the same code the
// listeners call), so each test drives through Slack only the move it is about.
import { randomUUID } from 'node:crypto';
import type { IssueDetailsInput, MoveCommand } from '../../src/domain/issues/index.ts';
import type { Actor, Member } from '../../src/domain/org/people.ts';
import { routeDueBlock, routeOwnerBlock } from '../../src/slack/ids/issue-views.ts';
import { type IssueWorld, texts } from './issue-driver.ts';
import type { Person } from './issue-org.ts';
import { input } from './slack-payloads.ts';

export const DETAILS: IssueDetailsInput = {
  title: '供热管网改造审批',
  description: '需协调规划许可',
  category: 'approvals_permits',
  urgency: 'normal',
};

export async function actorOf(w: IssueWorld, person: Person): Promise<Actor> {
  const cadre = (await w.app.services.org.findCadres([w.org.cadre[person]]))[0];
  if (!cadre) throw new Error(`no cadre ${person}`);
  return w.app.services.org.actorOf(cadre);
}

export async function memberOf(w: IssueWorld, person: Person): Promise<Member> {
  const member = await w.app.services.org.memberOf(w.org.cadre[person]);
  if (!member) throw new Error(`no member ${person}`);
  return member;
}

/** A new issue about the enterprise, found by `finder` and kept by `owner` (in_progress, level self). */
export async function keptIssue(
  w: IssueWorld,
  finder: Person = 'cadreA',
  owner: Person = 'cadreB',
  details: Partial<IssueDetailsInput> = {},
): Promise<number> {
  const out = await w.app.services.issues.raise(await actorOf(w, finder), {
    subject: { enterpriseId: w.org.enterpriseId },
    command: { move: 'keep', details: { ...DETAILS, ...details }, assignee: await memberOf(w, owner) },
    key: `setup:${randomUUID()}`,
  });
  return out.issueId;
}

/** A new issue handed straight to the dispatch room by `finder`. */
export async function queuedIssue(
  w: IssueWorld,
  finder: Person = 'cadreA',
  details: Partial<IssueDetailsInput> = {},
) {
  const out = await w.app.services.issues.raise(await actorOf(w, finder), {
    subject: { enterpriseId: w.org.enterpriseId },
    command: { move: 'hand_to_dispatch', details: { ...DETAILS, ...details }, reason: '本级无法解决' },
    key: `setup:${randomUUID()}`,
  });
  return out.issueId;
}

export async function moveAs(
  w: IssueWorld,
  person: Person,
  issueId: number,
  command: MoveCommand,
): Promise<void> {
  await w.app.services.issues.move(await actorOf(w, person), issueId, command, `setup:${randomUUID()}`);
}

/** An issue routed by dispatch to function group 1, owned by its member. */
export async function routedIssue(w: IssueWorld, finder: Person = 'cadreA'): Promise<number> {
  const id = await queuedIssue(w, finder);
  await moveAs(w, 'dispatch1', id, {
    move: 'route',
    target: { level: 'function_group', functionGroupId: w.org.unit.fg1 },
    assignee: await memberOf(w, 'fg1Member'),
  });
  return id;
}

export const dateOf = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;

/** The issue's row as the database holds it now. */
export function issueRow(w: IssueWorld, id: number) {
  return w.app.db.prisma.issue.findUniqueOrThrow({ where: { id } });
}

/** The issue's latest history row. */
export function lastEvent(w: IssueWorld, issueId: number) {
  return w.app.db.prisma.issueEvent.findFirstOrThrow({ where: { issueId }, orderBy: { id: 'desc' } });
}

/** Clicks a move's button as `user` and returns the modal it opened (a refusal fails the test). */
export async function openMove(w: IssueWorld, user: string, move: string, issueId: number): Promise<string> {
  const result = await w.click(user, move, issueId);
  if ('refusal' in result) throw new Error(`refused: ${result.refusal}`);
  return result.viewId;
}

/**
 * Routes through the route modal already open as `viewId`, as a dispatch officer does: picks the
 * target (the modal redraws with its owners and due date), then submits owner, due date and comment.
 */
export async function routeInModal(
  w: IssueWorld,
  userId: string,
  viewId: string,
  route: { target: string; ownerId: number; due: string; comment?: string },
) {
  await w.pickTarget(userId, viewId, route.target);
  return w.submit(userId, viewId, {
    target: { value: input.select(route.target) },
    [routeOwnerBlock(route.target)]: { value: input.select(String(route.ownerId)) },
    [routeDueBlock(route.target)]: { value: input.date(route.due) },
    ...(route.comment === undefined ? {} : texts({ comment: route.comment })),
  });
}
