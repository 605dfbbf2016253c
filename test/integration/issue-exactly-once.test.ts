// Exactly once: a double click on Submit, Slack's re-delivery of the same submission, and two people
// moving the same issue at the same moment each leave one history row, never two.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { routeDueBlock, routeOwnerBlock } from '../../src/slack/ids/issue-views.ts';
import type { StoredView } from '../support/fake-slack/index.ts';
import { type IssueWorld, texts, U } from '../support/issue-driver.ts';
import { writeCounts } from '../support/issue-org.ts';
import { keptIssue, queuedIssue } from '../support/issue-setup.ts';
import { useIssueWorld } from '../support/issue-world-hooks.ts';
import { input } from '../support/slack-payloads.ts';

let w: IssueWorld;
const db = () => w.app.db.prisma;

async function open(user: string, move: string, issueId: number): Promise<StoredView> {
  const result = await w.click(user, move, issueId);
  if ('refusal' in result) throw new Error(`refused: ${result.refusal}`);
  // A copy as Slack sent it: later submissions of the "same" modal carry exactly this.
  return structuredClone(w.app.fake.view(result.viewId) as StoredView);
}

useIssueWorld((world) => {
  w = world;
});

describe('exactly once', () => {
  it('a double Submit and X-Slack-Retry-Num re-deliveries of a move write one history row', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const view = await open(U.cadreB, 'resolve', id);
    const values = texts({ note: '已协调解决' });
    const first = await w.app.client.viewSubmission(view, values, U.cadreB);
    expect(first.body).toBeUndefined();
    const after = await writeCounts(db());
    const replays = await Promise.all([
      w.app.client.viewSubmission(view, values, U.cadreB),
      w.app.client.viewSubmission(view, values, U.cadreB, { retryNum: 1, retryReason: 'http_timeout' }),
      w.app.client.viewSubmission(view, values, U.cadreB, { retryNum: 2, retryReason: 'http_timeout' }),
    ]);
    // Each is answered as the first was: the modal closes, nothing new is written.
    for (const reply of replays) {
      expect(reply.status).toBe(200);
      expect(reply.body).toBeUndefined();
    }
    expect(await writeCounts(db())).toEqual(after);
    expect(await db().issueEvent.count({ where: { issueId: id, move: 'resolve' } })).toBe(1);
    expect((await db().issue.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it('two submissions of one modal racing each other land once', async () => {
    const id = await keptIssue(w, 'cadreA', 'cadreB');
    const view = await open(U.cadreB, 'hand_to_dispatch', id);
    const values = texts({ reason: '需上级协调' });
    const replies = await Promise.all([
      w.app.client.viewSubmission(view, values, U.cadreB),
      w.app.client.viewSubmission(view, values, U.cadreB),
    ]);
    expect(replies.map((r) => r.body)).toEqual([undefined, undefined]);
    expect(await db().issueEvent.count({ where: { issueId: id, move: 'hand_to_dispatch' } })).toBe(1);
    expect(await db().outboxMessage.count({ where: { topic: 'issue.dispatch' } })).toBe(1);
  });

  it('two dispatchers routing the same issue at once: one wins, the other is told, one history row', async () => {
    const id = await queuedIssue(w);
    const target = `fg:${w.org.unit.fg1}`;
    const routeValues = (owner: number) => ({
      target: { value: input.select(target) },
      [routeOwnerBlock(target)]: { value: input.select(String(owner)) },
      [routeDueBlock(target)]: { value: input.date('2026-03-16') },
    });
    const one = await open(U.dispatch1, 'route', id);
    const two = await open(U.dispatch2, 'route', id);
    const [a, b] = await Promise.all([
      w.app.client.viewSubmission(one, routeValues(w.org.cadre.fg1Lead), U.dispatch1),
      w.app.client.viewSubmission(two, routeValues(w.org.cadre.fg1Member), U.dispatch2),
    ]);
    const bodies = [a.body, b.body];
    expect(bodies.filter((body) => body === undefined)).toHaveLength(1);
    const loser = JSON.stringify(bodies.find((body) => body !== undefined));
    expect(
      [t('en', 'errors.conflict'), t('en', 'errors.invalid_transition')].some((m) => loser.includes(m)),
    ).toBe(true);
    expect(await db().issueEvent.count({ where: { issueId: id, move: 'route' } })).toBe(1);
  });
});
