// The moves of an issue through its card's buttons and their modals, over signed HTTP: an allowed user
// writes the change, one history row and the outbox rows; anyone else is told why, and nothing is
// written.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { planBlock } from '../../src/slack/ids/issue-views.ts';
import { type IssueWorld, texts, U } from '../support/issue-driver.ts';
import { writeCounts } from '../support/issue-org.ts';
import {
  dateOf,
  issueRow,
  keptIssue,
  lastEvent as lastEventOf,
  openMove,
  queuedIssue,
} from '../support/issue-setup.ts';
import { useIssueWorld } from '../support/issue-world-hooks.ts';
import { input } from '../support/slack-payloads.ts';

let w: IssueWorld;
const db = () => w.app.db.prisma;
const issue = (id: number) => issueRow(w, id);
const lastEvent = (issueId: number) => lastEventOf(w, issueId);
const topicsAfter = async (since: bigint) =>
  (await db().outboxMessage.findMany({ where: { id: { gt: since } }, orderBy: { id: 'asc' } })).map((m) => [
    m.topic,
    (m.payload as { recipientId?: number }).recipientId ?? null,
  ]);
const outboxMark = async () => (await db().outboxMessage.findFirst({ orderBy: { id: 'desc' } }))?.id ?? 0n;

const open = (user: string, move: string, issueId: number) => openMove(w, user, move, issueId);

useIssueWorld((world) => {
  w = world;
});

describe('hand to dispatch', () => {
  it('the owner hands up with a reason: queued, one history row, finder and dispatch room told', async () => {
    await db().cadre.updateMany({ data: { homeOpenedAt: new Date() } }); // everyone has opened their Home
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const since = await outboxMark();
    const viewId = await open(U.cadreB, 'hand_to_dispatch', id);
    const reply = await w.submit(U.cadreB, viewId, texts({ reason: '需市级协调' }));
    expect(reply.body).toBeUndefined();
    expect(w.app.fake.isViewOpen(viewId)).toBe(false);
    expect(await issue(id)).toMatchObject({
      status: 'awaiting_dispatch',
      ownerId: null,
      dueDate: null,
      version: 1,
    });
    expect(await lastEvent(id)).toMatchObject({
      move: 'hand_to_dispatch',
      actorId: w.org.cadre.cadreB,
      fromStatus: 'in_progress',
      toStatus: 'awaiting_dispatch',
      comment: '需市级协调',
      ownerBeforeId: w.org.cadre.cadreB,
      ownerAfterId: null,
    });
    expect(await topicsAfter(since)).toEqual([
      ['issue.moved', w.org.cadre.cadreA],
      ['issue.card', null],
      ['issue.dispatch', null],
      ['home.refresh', null],
    ]);
    const homes = await db().outboxMessage.findFirst({ where: { topic: 'home.refresh', id: { gt: since } } });
    // The finder's, the owner who handed it up, and the dispatch room's staff.
    expect(homes?.payload).toEqual({
      cadreIds: [w.org.cadre.cadreA, w.org.cadre.cadreB],
      dispatch: true,
      enterpriseIds: [],
    });
  });

  it('a reason is required: the error shows beside the field and nothing is written', async () => {
    const id = await keptIssue(w);
    const viewId = await open(U.cadreB, 'hand_to_dispatch', id);
    const before = await writeCounts(db());
    const reply = await w.submit(U.cadreB, viewId, texts({ reason: '  ' }));
    expect(reply.body).toEqual({
      response_action: 'errors',
      errors: { reason: t('en', 'errors.field.required') },
    });
    expect(await writeCounts(db())).toEqual(before);
  });
});

describe('refusals on click', () => {
  it('someone who may not make the move is told so, only them, and nothing is written', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const before = await writeCounts(db());
    const result = await w.click(U.fg2Member, 'resolve', id);
    expect(result).toEqual({ refusal: t('en', 'errors.forbidden') });
    expect(w.app.fake.ephemerals({ user: U.fg2Member }).at(-1)?.text).toBe(t('en', 'errors.forbidden'));
    expect(w.app.fake.calls('views.open')).toHaveLength(0);
    expect(await writeCounts(db())).toEqual(before);
    expect((await issue(id)).version).toBe(0);
  });

  it('a stale button says the issue has moved on, in the clicker’s language', async () => {
    const id = await keptIssue(w);
    expect(await w.click(U.cadreA, 'route', id)).toEqual({
      refusal: t('zh-CN', 'errors.invalid_transition'),
    });
  });

  it('someone outside the directory is told so', async () => {
    const id = await keptIssue(w);
    const result = await w.click(U.stranger, 'resolve', id);
    expect('refusal' in result && result.refusal).toContain(t('en', 'errors.not_in_directory'));
  });

  it('a refusal after the modal opened (the issue moved meanwhile) replaces the modal and writes nothing', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const viewId = await open(U.cadreB, 'resolve', id);
    await w.submit(U.cadreB, await open(U.cadreB, 'hand_to_dispatch', id), texts({ reason: '上交' }));
    const before = await writeCounts(db());
    const reply = await w.submit(U.cadreB, viewId, texts({ note: '已解决' }));
    expect(reply.body?.response_action).toBe('update');
    expect(JSON.stringify(reply.body?.view)).toContain(t('en', 'errors.invalid_transition'));
    expect(await writeCounts(db())).toEqual(before);
  });
});

describe('defer and resume', () => {
  it('defers with an explanation and dated plan steps; the first step is the due date', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const viewId = await open(U.cadreB, 'defer', id);
    const values = {
      ...texts({
        explanation: '受年度用地指标限制，已向企业说明',
        [planBlock(0, 'description')]: '申报用地指标',
      }),
      [planBlock(0, 'dueDate')]: { value: input.date('2026-03-20') },
      // Row 2 left empty; row 3 filled.
      ...texts({ [planBlock(2, 'description')]: '完成规划调整' }),
      [planBlock(2, 'dueDate')]: { value: input.date('2026-06-30') },
    };
    expect((await w.submit(U.cadreB, viewId, values)).body).toBeUndefined();
    const deferred = await issue(id);
    expect(deferred.status).toBe('deferred');
    expect(dateOf(deferred.dueDate)).toBe('2026-03-20');
    const steps = await db().planStep.findMany({ where: { issueId: id }, orderBy: { seq: 'asc' } });
    expect(steps.map((s) => [s.seq, s.description, dateOf(s.dueDate)])).toEqual([
      [1, '申报用地指标', '2026-03-20'],
      [2, '完成规划调整', '2026-06-30'],
    ]);
    expect(await lastEvent(id)).toMatchObject({
      move: 'defer',
      toStatus: 'deferred',
      comment: '受年度用地指标限制，已向企业说明',
    });

    const resume = await open(U.cadreB, 'resume', id);
    expect((await w.submit(U.cadreB, resume, texts({ comment: '指标已下达' }))).body).toBeUndefined();
    const resumed = await issue(id);
    expect(resumed.status).toBe('in_progress');
    // Five working days from Monday 2 March.
    expect(dateOf(resumed.dueDate)).toBe('2026-03-09');
    expect(await lastEvent(id)).toMatchObject({
      move: 'resume',
      fromStatus: 'deferred',
      toStatus: 'in_progress',
    });
  });

  it('shows a step dated before the one above it beside that step’s own row', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const viewId = await open(U.cadreB, 'defer', id);
    const reply = await w.submit(U.cadreB, viewId, {
      ...texts({
        explanation: '说明',
        [planBlock(0, 'description')]: '第一步',
        [planBlock(3, 'description')]: '第二步',
      }),
      [planBlock(0, 'dueDate')]: { value: input.date('2026-04-01') },
      [planBlock(3, 'dueDate')]: { value: input.date('2026-03-10') },
    });
    expect(reply.body?.errors).toEqual({
      [planBlock(3, 'dueDate')]: t('en', 'errors.field.not_ascending', { after: '2026-04-01' }),
    });
  });

  it('asks for at least one step', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const viewId = await open(U.cadreB, 'defer', id);
    const reply = await w.submit(U.cadreB, viewId, texts({ explanation: '说明' }));
    expect(reply.body?.errors).toEqual({ [planBlock(0, 'description')]: t('en', 'errors.field.required') });
  });
});

describe('resolve and reassign', () => {
  it('resolves with a resolution note; the group head may act for the owner', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const viewId = await open(U.groupHead, 'resolve', id);
    expect((await w.submit(U.groupHead, viewId, texts({ note: '已协调完成' }))).body).toBeUndefined();
    expect(await issue(id)).toMatchObject({ status: 'resolved', dueDate: null });
    expect(await lastEvent(id)).toMatchObject({
      move: 'resolve',
      actorId: w.org.cadre.groupHead,
      comment: '已协调完成',
    });
  });

  it('the group head reassigns within the group; the deadline runs on', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const viewId = await open(U.groupHead, 'reassign', id);
    const reply = await w.submit(U.groupHead, viewId, { assignee: { value: input.user(U.cadreA) } });
    expect(reply.body).toBeUndefined();
    const moved = await issue(id);
    expect(moved.ownerId).toBe(w.org.cadre.cadreA);
    expect(dateOf(moved.dueDate)).toBe('2026-03-09');
    expect(await lastEvent(id)).toMatchObject({
      move: 'reassign',
      ownerBeforeId: w.org.cadre.cadreB,
      ownerAfterId: w.org.cadre.cadreA,
    });
  });
});

describe('withdraw', () => {
  it('dispatch withdraws a duplicate, pointing at the original', async () => {
    const original = await keptIssue(w);
    const duplicate = await queuedIssue(w, 'cadreB');
    const viewId = await open(U.dispatch1, 'withdraw', duplicate);
    const reply = await w.submit(U.dispatch1, viewId, {
      reason: { value: input.radio('duplicate') },
      duplicateOfId: { value: input.number(original) },
      ...texts({ comment: '与已登记问题重复' }),
    });
    expect(reply.body).toBeUndefined();
    expect(await issue(duplicate)).toMatchObject({ status: 'withdrawn', duplicateOfId: original });
    expect(await lastEvent(duplicate)).toMatchObject({
      move: 'withdraw',
      fromStatus: 'awaiting_dispatch',
      toStatus: 'withdrawn',
    });
  });

  it('refuses an issue as its own duplicate, and an original that does not exist', async () => {
    const id = await queuedIssue(w);
    const viewId = await open(U.dispatch1, 'withdraw', id);
    const submit = (original: number) =>
      w.submit(U.dispatch1, viewId, {
        reason: { value: input.radio('duplicate') },
        duplicateOfId: { value: input.number(original) },
        ...texts({ comment: '重复' }),
      });
    expect((await submit(id)).body?.errors).toEqual({
      duplicateOfId: t('en', 'errors.field.self_reference'),
    });
    expect((await submit(999)).body?.errors).toEqual({
      duplicateOfId: t('en', 'issue.form.original_not_found', { id: 999 }),
    });
    expect((await issue(id)).status).toBe('awaiting_dispatch');
  });

  it('is dispatch’s alone', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    expect(await w.click(U.cadreB, 'withdraw', id)).toEqual({ refusal: t('en', 'errors.forbidden') });
  });
});
