// Close-out after the enterprise's feedback (问题不留根) and extensions, through the card's buttons:
// satisfied closes, dissatisfied reopens against a fresh deadline; the owner asks for more time and
// dispatch approves (the due date moves) or refuses (it does not).
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { type IssueWorld, texts, U } from '../support/issue-driver.ts';
import { writeCounts } from '../support/issue-org.ts';
import {
  dateOf,
  issueRow,
  keptIssue,
  lastEvent as lastEventOf,
  moveAs,
  openMove,
} from '../support/issue-setup.ts';
import { useIssueWorld } from '../support/issue-world-hooks.ts';
import { input } from '../support/slack-payloads.ts';

let w: IssueWorld;
const db = () => w.app.db.prisma;
const issue = (id: number) => issueRow(w, id);
const lastEvent = (issueId: number) => lastEventOf(w, issueId);

const open = (user: string, move: string, issueId: number) => openMove(w, user, move, issueId);

async function resolvedIssue(): Promise<number> {
  const id = await keptIssue(w, 'cadreA', 'cadreB');
  await moveAs(w, 'cadreB', id, { move: 'resolve', note: '已办结' });
  return id;
}

useIssueWorld(
  (world) => {
    w = world;
  },
  { each: (world) => world.app.setNow('2026-03-02T02:00:00Z') },
);

describe('feedback and close-out', () => {
  it('the finder records a satisfied enterprise: closed out, feedback kept', async () => {
    const id = await resolvedIssue();
    const viewId = await open(U.cadreA, 'close_out', id);
    const reply = await w.submit(U.cadreA, viewId, {
      verdict: { value: input.radio('satisfied') },
      ...texts({ comment: '企业表示满意' }),
    });
    expect(reply.body).toBeUndefined();
    expect(await issue(id)).toMatchObject({ status: 'closed' });
    expect((await issue(id)).closedAt).not.toBeNull();
    expect(await db().feedback.findMany({ where: { issueId: id } })).toMatchObject([
      { verdict: 'satisfied', comment: '企业表示满意', recordedById: w.org.cadre.cadreA },
    ]);
    expect(await lastEvent(id)).toMatchObject({
      move: 'close_out',
      fromStatus: 'resolved',
      toStatus: 'closed',
    });
  });

  it('a dissatisfied enterprise reopens it with the same owner and a deadline counted from today', async () => {
    const id = await resolvedIssue();
    // Two days later (Wednesday 4 March): five working days from then.
    w.app.setNow('2026-03-04T02:00:00Z');
    const viewId = await open(U.cadreA, 'close_out', id);
    const reply = await w.submit(U.cadreA, viewId, {
      verdict: { value: input.radio('dissatisfied') },
      ...texts({ comment: '供热仍不稳定' }),
    });
    expect(reply.body).toBeUndefined();
    const reopened = await issue(id);
    expect(reopened).toMatchObject({ status: 'in_progress', ownerId: w.org.cadre.cadreB });
    expect(dateOf(reopened.dueDate)).toBe('2026-03-11');
    expect(await lastEvent(id)).toMatchObject({ move: 'reopen', comment: '供热仍不稳定' });
    expect(await db().feedback.findMany({ where: { issueId: id } })).toMatchObject([
      { verdict: 'dissatisfied' },
    ]);
  });

  it('a dissatisfied verdict needs what the enterprise said', async () => {
    const id = await resolvedIssue();
    const viewId = await open(U.cadreA, 'close_out', id);
    const reply = await w.submit(U.cadreA, viewId, { verdict: { value: input.radio('dissatisfied') } });
    expect(reply.body?.errors).toEqual({ comment: t('zh-CN', 'errors.field.required') });
  });

  it('dispatch may close out, but not reopen: only the finder reports back', async () => {
    const id = await resolvedIssue();
    const viewId = await open(U.dispatch1, 'close_out', id);
    const before = await writeCounts(db());
    const reply = await w.submit(U.dispatch1, viewId, {
      verdict: { value: input.radio('dissatisfied') },
      ...texts({ comment: 'x' }),
    });
    expect(reply.body?.response_action).toBe('update');
    expect(JSON.stringify(reply.body?.view)).toContain(t('en', 'errors.forbidden'));
    expect(await writeCounts(db())).toEqual(before);
    expect(await w.click(U.dispatch1, 'reopen', id)).toEqual({ refusal: t('en', 'errors.forbidden') });
  });

  it('the owner who did not find it may not record feedback', async () => {
    const id = await resolvedIssue();
    expect(await w.click(U.cadreB, 'close_out', id)).toEqual({ refusal: t('en', 'errors.forbidden') });
  });
});

describe('extensions', () => {
  it('the owner asks; dispatch approves and the due date moves', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const ask = await open(U.cadreB, 'request_extension', id);
    const events = await db().issueEvent.count();
    const reply = await w.submit(U.cadreB, ask, {
      dueDate: { value: input.date('2026-03-20') },
      ...texts({ reason: '等待企业补充材料' }),
    });
    expect(reply.body).toBeUndefined();
    expect(await db().extensionRequest.findMany({ where: { issueId: id } })).toMatchObject([
      { status: 'pending', reason: '等待企业补充材料', requestedById: w.org.cadre.cadreB },
    ]);
    // A request changes nothing on the issue: no history row, the date unchanged; dispatch is told.
    expect(await db().issueEvent.count()).toBe(events);
    expect(dateOf((await issue(id)).dueDate)).toBe('2026-03-09');
    const topics = (await db().outboxMessage.findMany({ orderBy: { id: 'desc' }, take: 3 })).map(
      (m) => m.topic,
    );
    expect(topics).toContain('issue.dispatch');

    const decide = await open(U.dispatch1, 'decide_extension', id);
    expect(JSON.stringify(w.app.fake.view(decide)?.blocks)).toContain('等待企业补充材料');
    expect(
      (await w.submit(U.dispatch1, decide, { decision: { value: input.radio('approve') } })).body,
    ).toBeUndefined();
    expect(dateOf((await issue(id)).dueDate)).toBe('2026-03-20');
    expect(await lastEvent(id)).toMatchObject({ move: 'extend', actorId: w.org.cadre.dispatch1 });
    expect(await db().extensionRequest.findFirst({ where: { issueId: id } })).toMatchObject({
      status: 'approved',
    });
  });

  it('dispatch refuses with a note; the date stays', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    await moveAs(w, 'cadreB', id, { move: 'request_extension', dueDate: '2026-03-20', reason: '材料未齐' });
    const decide = await open(U.dispatch2, 'decide_extension', id);
    const noNote = await w.submit(U.dispatch2, decide, { decision: { value: input.radio('refuse') } });
    expect(noNote.body?.errors).toEqual({ note: t('en', 'errors.field.required') });
    const refused = await w.submit(U.dispatch2, decide, {
      decision: { value: input.radio('refuse') },
      ...texts({ note: '期限内可完成' }),
    });
    expect(refused.body).toBeUndefined();
    expect(dateOf((await issue(id)).dueDate)).toBe('2026-03-09');
    expect(await db().extensionRequest.findFirst({ where: { issueId: id } })).toMatchObject({
      status: 'refused',
      decisionNote: '期限内可完成',
      decidedById: w.org.cadre.dispatch2,
    });
  });

  it('the new date must be later than the present one', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const ask = await open(U.cadreB, 'request_extension', id);
    const reply = await w.submit(U.cadreB, ask, {
      dueDate: { value: input.date('2026-03-05') },
      ...texts({ reason: 'x' }),
    });
    expect(reply.body?.errors).toEqual({
      dueDate: t('en', 'errors.field.not_later', { current: '2026-03-09' }),
    });
  });

  it('only dispatch decides, and no one asks twice while a request waits', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    await moveAs(w, 'cadreB', id, { move: 'request_extension', dueDate: '2026-03-20', reason: '材料未齐' });
    expect(await w.click(U.groupHead, 'decide_extension', id)).toEqual({
      refusal: t('en', 'errors.forbidden'),
    });
    expect(await w.click(U.cadreB, 'request_extension', id)).toEqual({
      refusal: t('en', 'errors.invalid_transition'),
    });
  });
});
