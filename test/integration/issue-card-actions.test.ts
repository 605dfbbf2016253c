// The card's other buttons, from any message or view: "Open" shows the card with its history in a
// modal (opened before the database is read, then filled in); "Enterprise informed" is the finder
// reporting back, once per click, refreshing the cards.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { ISSUE_ACTIONS } from '../../src/slack/ids/issue-actions.ts';
import type { SlackBody } from '../support/fake-slack/index.ts';
import { type IssueWorld, U } from '../support/issue-driver.ts';
import { writeCounts } from '../support/issue-org.ts';
import { keptIssue } from '../support/issue-setup.ts';
import { useIssueWorld } from '../support/issue-world-hooks.ts';

let w: IssueWorld;
const db = () => w.app.db.prisma;

useIssueWorld((world) => {
  w = world;
});

describe('open', () => {
  it('opens a placeholder at once, then fills in the card with its history and buttons', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const m = w.mark();
    const opened = await w.click(U.leader, ISSUE_ACTIONS.open, id);
    if (!('viewId' in opened)) throw new Error('no modal');
    expect(JSON.stringify(opened.view.blocks)).toContain(t('en', 'issue.form.loading'));
    const updated = await w.app.fake.waitForCall('views.update', (c) => w.app.fake.calls().indexOf(c) >= m);
    expect((updated.response as SlackBody).ok).toBe(true);
    const card = JSON.stringify(w.app.fake.view(opened.viewId)?.blocks);
    expect(card).toContain(t('en', 'issue.history.keep'));
    expect(card).toContain('issue.move.resolve');
  });

  it('a move button inside the opened card pushes the move’s modal over it', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const opened = await w.click(U.cadreB, ISSUE_ACTIONS.open, id);
    if (!('viewId' in opened)) throw new Error('no modal');
    await w.app.fake.waitForCall('views.update');
    const m = w.mark();
    await w.app.client.blockAction({
      userId: U.cadreB,
      viewId: opened.viewId,
      actionId: 'issue.move.resolve',
      value: String(id),
    });
    const pushed = await w.app.fake.waitForCall('views.push', (c) => w.app.fake.calls().indexOf(c) >= m);
    expect((pushed.response as SlackBody).ok).toBe(true);
    expect(w.app.fake.viewStack(opened.viewId)).toHaveLength(2);
  });
});

describe('enterprise informed', () => {
  it('the finder records it once; the cards are refreshed', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const click = {
      userId: U.cadreA,
      actionId: ISSUE_ACTIONS.enterpriseInformed,
      value: String(id),
      action: { action_ts: '1772416800.000100' },
    };
    await w.app.client.blockAction(click);
    await w.app.fake.waitForCall('response_url');
    const informed = await db().issue.findUniqueOrThrow({ where: { id } });
    expect(informed.enterpriseInformedAt).not.toBeNull();
    const counts = await writeCounts(db());
    // Slack re-delivering the same click.
    await w.app.client.blockAction(click, { retryNum: 1 });
    await w.app.fake.waitForCall('response_url', (c) => w.app.fake.calls('response_url').indexOf(c) === 1);
    expect(await writeCounts(db())).toEqual(counts);
    expect(
      await db().outboxMessage.count({ where: { topic: 'issue.card', dedupeKey: { contains: 'informed' } } }),
    ).toBe(1);
    expect(w.app.fake.ephemerals({ user: U.cadreA }).at(-1)?.text).toBe(
      t('zh-CN', 'issue.informed.done', { id }),
    );
  });

  it('is the finder’s to record', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const before = await writeCounts(db());
    expect(await w.click(U.cadreB, ISSUE_ACTIONS.enterpriseInformed, id)).toEqual({
      refusal: t('en', 'errors.forbidden'),
    });
    expect(await writeCounts(db())).toEqual(before);
  });
});
