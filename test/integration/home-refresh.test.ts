// The App Home is redrawn after a move, not only when its owner opens it: a routed issue leaves the
// dispatch staff's triage queue and joins its new owner's list, at once. Only Homes opened at least
// once are drawn. The moves go through Slack
// (signed requests to the app), the redraws through the outbox and its worker handler, the Homes to
// the fake Slack's views.publish.
import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../src/sandbox/slack-api/index.ts';
import { openHome } from '../support/home-driver.ts';
import { type IssueWorld, U } from '../support/issue-driver.ts';
import { keptIssue, openMove, queuedIssue, routeInModal } from '../support/issue-setup.ts';
import { useIssueWorld } from '../support/issue-world-hooks.ts';

let w: IssueWorld;

useIssueWorld((world) => {
  w = world;
});

/** Each user opens their Home tab, as in Slack (app_home_opened over HTTP). */
async function openHomes(...userIds: string[]): Promise<void> {
  for (const userId of userIds) expect((await openHome(w.app, userId)).ok).toBe(true);
}

/** The Home last published for `userId` since `mark`. */
function homeOf(mark: number, userId: string): RecordedCall | undefined {
  return w
    .callsSince(mark, 'views.publish')
    .filter((c) => c.args.user_id === userId)
    .at(-1);
}

type Button = { type?: string; value?: string; action_id?: string };
/** The buttons on a published Home that act on issue `id`. */
function buttonsFor(home: RecordedCall | undefined, id: number): Button[] {
  const view = home?.args.view as { blocks: Array<{ accessory?: Button; elements?: Button[] }> } | undefined;
  return (view?.blocks ?? [])
    .flatMap((b) => [b.accessory, ...(b.elements ?? [])])
    .filter((e): e is Button => e?.type === 'button' && e.value === String(id));
}

describe('Homes redrawn after a move', () => {
  it('a routed issue leaves the triage queue of every dispatch officer and joins its owner’s list', async () => {
    await openHomes(U.cadreA, U.dispatch1, U.dispatch2, U.fg1Member);
    const id = await queuedIssue(w, 'cadreA');
    let m = w.mark();
    await w.deliverAll();
    // Handed to dispatch: both officers' queues show it, with its route button.
    for (const officer of [U.dispatch1, U.dispatch2]) {
      expect(buttonsFor(homeOf(m, officer), id).map((b) => b.action_id)).toContain('issue.move.route');
    }
    expect(homeOf(m, U.cadreA)).toBeDefined();

    await routeInModal(w, U.dispatch1, await openMove(w, U.dispatch1, 'route', id), {
      target: `fg:${w.org.unit.fg1}`,
      ownerId: w.org.cadre.fg1Member,
      due: '2026-03-16',
      comment: '属规划审批职能',
    });
    m = w.mark();
    await w.deliverAll();

    for (const officer of [U.dispatch1, U.dispatch2]) {
      const home = homeOf(m, officer);
      expect(home).toBeDefined();
      expect(buttonsFor(home, id)).toEqual([]);
    }
    // The new owner's Home lists it among the issues they own; nobody outside the move is redrawn.
    expect(buttonsFor(homeOf(m, U.fg1Member), id).length).toBeGreaterThan(0);
    const redrawn = new Set(w.callsSince(m, 'views.publish').map((c) => c.args.user_id));
    expect([...redrawn].sort()).toEqual([U.cadreA, U.dispatch1, U.dispatch2, U.fg1Member].sort());
  });

  it('draws the others when Slack refuses one Home, and does not try the refused one again', async () => {
    await openHomes(U.cadreA, U.dispatch1, U.dispatch2);
    const id = await queuedIssue(w, 'cadreA');
    // Someone has left the workspace: Slack answers user_not_found for the first Home drawn.
    w.app.fake.failNext('views.publish', { error: 'user_not_found' });
    const m = w.mark();
    await w.deliverAll();
    const published = w.callsSince(m, 'views.publish');
    const [refused, ...drawn] = published;
    expect((refused?.response as { ok?: boolean } | undefined)?.ok).toBe(false);
    expect(drawn.every((c) => (c.response as { ok?: boolean }).ok)).toBe(true);
    // The finder's Home and both officers', each once: the refused one is not asked again.
    expect(published.map((c) => c.args.user_id).sort()).toEqual([U.cadreA, U.dispatch1, U.dispatch2].sort());
    const officer = [U.dispatch1, U.dispatch2].find((u) => u !== refused?.args.user_id) as string;
    expect(buttonsFor(homeOf(m, officer), id).length).toBeGreaterThan(0);
    const rows = await w.app.db.prisma.outboxMessage.findMany({ where: { topic: 'home.refresh' } });
    expect(rows.map((r) => r.status)).toEqual(['done']);
  });

  it('draws only Homes opened at least once, and notes an opening once a day', async () => {
    await openHomes(U.dispatch1);
    const opened = async () =>
      (
        await w.app.db.prisma.cadre.findMany({ where: { homeOpenedAt: { not: null } }, select: { id: true } })
      ).map((c) => c.id);
    expect(await opened()).toEqual([w.org.cadre.dispatch1]);
    const first = (await w.app.db.prisma.cadre.findUniqueOrThrow({ where: { id: w.org.cadre.dispatch1 } }))
      .homeOpenedAt;
    await openHomes(U.dispatch1);
    const again = (await w.app.db.prisma.cadre.findUniqueOrThrow({ where: { id: w.org.cadre.dispatch1 } }))
      .homeOpenedAt;
    expect(again).toEqual(first);

    const id = await queuedIssue(w, 'cadreA');
    const m = w.mark();
    await w.deliverAll();
    // The finder and the other officer never opened theirs: only dispatch1's is drawn.
    expect(w.callsSince(m, 'views.publish').map((c) => c.args.user_id)).toEqual([U.dispatch1]);
    expect(buttonsFor(homeOf(m, U.dispatch1), id).length).toBeGreaterThan(0);

    // A change touching only Homes never opened asks for no redraw at all.
    const before = await w.app.db.prisma.outboxMessage.count({ where: { topic: 'home.refresh' } });
    await keptIssue(w, 'cadreA', 'cadreB');
    expect(await w.app.db.prisma.outboxMessage.count({ where: { topic: 'home.refresh' } })).toBe(before);
  });
});
