// Dispatch triage through the route modal: choosing the target lists who can own it there and fills in
// the level's working-day deadline (settings + calendar, on the app's fixed clock); routing sets owner,
// level and due date. A function group sends back what is not theirs.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { routeDueBlock, routeOwnerBlock } from '../../src/slack/ids/issue-views.ts';
import { type IssueWorld, texts, U } from '../support/issue-driver.ts';
import { writeCounts } from '../support/issue-org.ts';
import {
  dateOf,
  issueRow,
  lastEvent as lastEventOf,
  openMove,
  queuedIssue,
  routedIssue,
} from '../support/issue-setup.ts';
import { useIssueWorld } from '../support/issue-world-hooks.ts';
import { input } from '../support/slack-payloads.ts';

let w: IssueWorld;
const db = () => w.app.db.prisma;
const issue = (id: number) => issueRow(w, id);
const lastEvent = (issueId: number) => lastEventOf(w, issueId);

const open = (user: string, move: string, issueId: number) => openMove(w, user, move, issueId);

type Block = { block_id?: string; element?: { options?: { value: string }[]; initial_date?: string } };
const blockOf = (view: Record<string, unknown>, id: string) =>
  (view.blocks as Block[]).find((b) => b.block_id === id);

useIssueWorld((world) => {
  w = world;
});

describe('routing', () => {
  it('routes to a function group: its people to choose from, the 10-working-day deadline by default', async () => {
    const id = await queuedIssue(w);
    const viewId = await open(U.dispatch1, 'route', id);
    const target = `fg:${w.org.unit.fg1}`;
    const view = await w.pickTarget(U.dispatch1, viewId, target);
    const owners = blockOf(view, routeOwnerBlock(target))?.element?.options?.map((o) => Number(o.value));
    expect(owners).toEqual([w.org.cadre.fg1Lead, w.org.cadre.fg1Member]);
    // Monday 2 March + 10 working days.
    expect(blockOf(view, routeDueBlock(target))?.element?.initial_date).toBe('2026-03-16');

    const reply = await w.submit(U.dispatch1, viewId, {
      target: { value: input.select(target) },
      [routeOwnerBlock(target)]: { value: input.select(String(w.org.cadre.fg1Member)) },
      [routeDueBlock(target)]: { value: input.date('2026-03-16') },
      ...texts({ comment: '属规划审批职能' }),
    });
    expect(reply.body).toBeUndefined();
    const routed = await issue(id);
    expect(routed).toMatchObject({
      status: 'in_progress',
      level: 'function_group',
      ownerId: w.org.cadre.fg1Member,
      ownerUnitId: w.org.unit.fg1,
    });
    expect(dateOf(routed.dueDate)).toBe('2026-03-16');
    expect(await lastEvent(id)).toMatchObject({
      move: 'route',
      actorId: w.org.cadre.dispatch1,
      ownerAfterId: w.org.cadre.fg1Member,
      levelAfter: 'function_group',
      comment: '属规划审批职能',
    });
  });

  it('routes to the city: a dispatch liaison owns it, 20 working days, halved when urgent', async () => {
    const id = await queuedIssue(w, 'cadreA', { urgency: 'urgent' });
    const viewId = await open(U.dispatch2, 'route', id);
    const view = await w.pickTarget(U.dispatch2, viewId, 'city');
    expect(
      blockOf(view, routeOwnerBlock('city'))
        ?.element?.options?.map((o) => Number(o.value))
        .sort(),
    ).toEqual([w.org.cadre.dispatch1, w.org.cadre.dispatch2].sort());
    // Urgent: 20 / 2 = 10 working days.
    expect(blockOf(view, routeDueBlock('city'))?.element?.initial_date).toBe('2026-03-16');
    await w.submit(U.dispatch2, viewId, {
      target: { value: input.select('city') },
      [routeOwnerBlock('city')]: { value: input.select(String(w.org.cadre.dispatch2)) },
      [routeDueBlock('city')]: { value: input.date('2026-03-31') },
    });
    const routed = await issue(id);
    expect(routed).toMatchObject({
      level: 'city',
      ownerId: w.org.cadre.dispatch2,
      ownerUnitId: w.org.unit.dispatch,
    });
    // Dispatch may fix another date than the default.
    expect(dateOf(routed.dueDate)).toBe('2026-03-31');
  });

  it('follows the working-day calendar: a holiday in the way pushes the deadline', async () => {
    await db().calendarDay.create({
      data: { date: new Date('2026-03-05T00:00:00Z'), kind: 'holiday', name: 'test', source: 'admin' },
    });
    const id = await queuedIssue(w);
    const viewId = await open(U.dispatch1, 'route', id);
    const view = await w.pickTarget(U.dispatch1, viewId, `fg:${w.org.unit.fg2}`);
    expect(blockOf(view, routeDueBlock(`fg:${w.org.unit.fg2}`))?.element?.initial_date).toBe('2026-03-17');
  });

  it('refuses an owner from another group than the chosen one, beside the owner field', async () => {
    const id = await queuedIssue(w);
    const viewId = await open(U.dispatch1, 'route', id);
    const target = `fg:${w.org.unit.fg1}`;
    await w.pickTarget(U.dispatch1, viewId, target);
    const reply = await w.submit(U.dispatch1, viewId, {
      target: { value: input.select(target) },
      [routeOwnerBlock(target)]: { value: input.select(String(w.org.cadre.fg2Member)) },
      [routeDueBlock(target)]: { value: input.date('2026-03-16') },
    });
    expect(reply.body?.errors).toEqual({ [routeOwnerBlock(target)]: t('en', 'errors.field.outside_unit') });
    expect((await issue(id)).status).toBe('awaiting_dispatch');
  });

  it('asks for a target first', async () => {
    const id = await queuedIssue(w);
    const viewId = await open(U.dispatch1, 'route', id);
    const reply = await w.submit(U.dispatch1, viewId, {});
    expect(reply.body?.errors).toEqual({ target: t('en', 'errors.field.required') });
  });

  it('is dispatch’s alone: a team head clicking Route is refused and nothing is written', async () => {
    const id = await queuedIssue(w);
    const before = await writeCounts(db());
    expect(await w.click(U.teamHead, 'route', id)).toEqual({ refusal: t('en', 'errors.forbidden') });
    expect(await writeCounts(db())).toEqual(before);
  });
});

describe('return as misrouted', () => {
  it('the function group’s lead sends it back to the queue with a reason', async () => {
    const id = await routedIssue(w);
    const viewId = await open(U.fg1Lead, 'return_misrouted', id);
    expect((await w.submit(U.fg1Lead, viewId, texts({ reason: '不属本组职能' }))).body).toBeUndefined();
    expect(await issue(id)).toMatchObject({ status: 'awaiting_dispatch', ownerId: null, dueDate: null });
    expect(await lastEvent(id)).toMatchObject({
      move: 'return_misrouted',
      comment: '不属本组职能',
      levelBefore: 'function_group',
    });
    const topics = (await db().outboxMessage.findMany({ orderBy: { id: 'desc' }, take: 3 })).map(
      (m) => m.topic,
    );
    expect(topics).toContain('issue.dispatch');
  });

  it('the other function group may not', async () => {
    const id = await routedIssue(w);
    expect(await w.click(U.fg2Lead, 'return_misrouted', id)).toEqual({
      refusal: t('en', 'errors.forbidden'),
    });
  });
});
