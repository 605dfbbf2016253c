// Notifications of moves, end to end: the moves are made through Slack, the outbox rows they wrote go
// through the real delivery path (deliver job → topic handlers → rate-limited sender) to the fake
// Slack. The finder and the owner hear of every move they did not make, by DM; the issue's cards are
// edited in place (chat.update), never posted again; user text cannot ping anyone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import type { RecordedCall } from '../support/fake-slack/index.ts';
import { openHome } from '../support/home-driver.ts';
import { type IssueWorld, startIssueWorld, texts, U } from '../support/issue-driver.ts';
import { DISPATCH_CHANNEL } from '../support/issue-org.ts';
import { routeInModal } from '../support/issue-setup.ts';

let w: IssueWorld;
const db = () => w.app.db.prisma;
const TITLE = '<!channel> 停电 & <@U0LEADER01>';
let issueId = 0;

const dm = (userId: string) => w.app.fake.dmChannel(userId);
const posts = (m: number, channel: string) =>
  w
    .callsSince(m, 'chat.postMessage')
    .filter((c) => c.args.channel === channel && (c.response as { ok: boolean }).ok);
const updates = (m: number, channel: string) =>
  w
    .callsSince(m, 'chat.update')
    .filter((c) => c.args.channel === channel && (c.response as { ok: boolean }).ok);
const cardTs = async (channel: string) =>
  (await db().issueCard.findUniqueOrThrow({ where: { issueId_channelId: { issueId, channelId: channel } } }))
    .ts;
const everything = (c: RecordedCall) => JSON.stringify(c.args);
const tsOf = (c: RecordedCall | undefined) => (c?.response as { ts?: string } | undefined)?.ts;

/** Every text Slack reads as mrkdwn in a message: its `text` and its blocks' mrkdwn objects. */
function mrkdwnOf(call: RecordedCall): string {
  const found: string[] = [String(call.args.text ?? '')];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') found.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(call.args.blocks);
  return found.join('\n');
}

async function open(
  user: string,
  move: string,
  where: { channelId: string; messageTs: string },
): Promise<string> {
  const result = await w.click(user, move, issueId, where);
  if ('refusal' in result) throw new Error(`refused: ${result.refusal}`);
  return result.viewId;
}

beforeAll(async () => {
  w = await startIssueWorld();
});
afterAll(async () => w?.stop());

// One issue's life, step by step: each test builds on the one before.
describe('notifications of moves', () => {
  it('a new issue kept at own level reaches its owner as a card in a DM; the finder, who acted, gets nothing', async () => {
    // Both have opened their Home tab once: a move redraws it.
    for (const user of [U.cadreA, U.cadreB]) await openHome(w.app, user);
    const raised = await w.raise(U.cadreA, {
      subject: `enterprise:${w.org.enterpriseId}`,
      title: TITLE,
      category: 'utilities_infrastructure',
      urgency: 'normal',
      outcome: 'keep',
      assignee: U.cadreB,
    });
    issueId = raised.issueId;
    const m = w.mark();
    expect(await w.deliverAll()).toBe(3);
    const [card] = posts(m, dm(U.cadreB));
    expect(card).toBeDefined();
    expect(card?.args.text).toContain(t('en', 'issue.notice.yours', { date: '2026-03-09' }));
    expect(posts(m, dm(U.cadreA))).toHaveLength(0);
    expect(w.callsSince(m, 'conversations.open').map((c) => c.args.users)).toContain(U.cadreB);
    // Stored so later moves edit it instead of posting another.
    expect(await cardTs(dm(U.cadreB))).toBe(tsOf(card));
    // Both Homes are redrawn: the owner's lists it among their issues, escaped like the card.
    const homes = w.callsSince(m, 'views.publish');
    expect(homes.map((c) => c.args.user_id).sort()).toEqual([U.cadreA, U.cadreB].sort());
    const ownerHome = JSON.stringify(homes.find((c) => c.args.user_id === U.cadreB)?.args.view);
    expect(ownerHome).toContain('&lt;!channel&gt; 停电');
    expect(ownerHome).not.toContain('<!channel>');
    // The title is shown, not obeyed: wherever Slack parses mrkdwn, no channel ping and no mention.
    const parsed = mrkdwnOf(card as RecordedCall);
    expect(parsed).toContain('&lt;!channel&gt; 停电 &amp; &lt;@U0LEADER01&gt;');
    expect(parsed).not.toContain('<!channel>');
    expect(parsed).not.toContain('<@U0LEADER01>');
  });

  it('handed to dispatch from the owner’s card: the finder is told in Chinese, the dispatch room gets the card, the owner’s card is edited', async () => {
    const ownerCard = await cardTs(dm(U.cadreB));
    const viewId = await open(U.cadreB, 'hand_to_dispatch', {
      channelId: dm(U.cadreB),
      messageTs: ownerCard,
    });
    expect((await w.submit(U.cadreB, viewId, texts({ reason: '需要市规划部门协调' }))).body).toBeUndefined();
    const m = w.mark();
    await w.deliverAll();

    const [toFinder] = posts(m, dm(U.cadreA));
    expect(toFinder?.args.text).toContain(t('zh-CN', 'issue.history.hand_to_dispatch'));
    expect(toFinder?.args.text).toContain('需要市规划部门协调');
    expect(posts(m, dm(U.cadreB))).toHaveLength(0);

    const [triage] = posts(m, DISPATCH_CHANNEL);
    expect(everything(triage as RecordedCall)).toContain('issue.move.route');
    expect(everything(triage as RecordedCall)).toContain('issue.move.withdraw');

    const edited = updates(m, dm(U.cadreB));
    expect(edited.map((c) => c.args.ts)).toEqual([ownerCard]);
    expect(everything(edited[0] as RecordedCall)).toContain(t('en', 'issue.status.awaiting_dispatch'));
  });

  it('routed from the triage post: the new owner gets the card, the finder a notice, every card is edited in place', async () => {
    const triageTs = await cardTs(DISPATCH_CHANNEL);
    const viewId = await open(U.dispatch1, 'route', { channelId: DISPATCH_CHANNEL, messageTs: triageTs });
    await routeInModal(w, U.dispatch1, viewId, {
      target: `fg:${w.org.unit.fg1}`,
      ownerId: w.org.cadre.fg1Member,
      due: '2026-03-16',
    });
    const m = w.mark();
    await w.deliverAll();

    const [toOwner] = posts(m, dm(U.fg1Member));
    expect(toOwner?.args.text).toContain(t('en', 'issue.notice.yours', { date: '2026-03-16' }));
    expect(await cardTs(dm(U.fg1Member))).toBe(tsOf(toOwner));

    const [toFinder] = posts(m, dm(U.cadreA));
    expect(everything(toFinder as RecordedCall)).toContain('issue.open');

    // Nothing re-posted to the dispatch room; its card and both DM cards edited.
    expect(posts(m, DISPATCH_CHANNEL)).toHaveLength(0);
    for (const channel of [DISPATCH_CHANNEL, dm(U.cadreA), dm(U.cadreB)]) {
      expect(updates(m, channel).map((c) => c.args.ts)).toEqual([await cardTs(channel)]);
    }
    // Each in its reader's language: the finder reads Chinese.
    expect(everything(updates(m, dm(U.cadreA))[0] as RecordedCall)).toContain(
      t('zh-CN', 'issue.status.in_progress'),
    );
    expect(everything(updates(m, DISPATCH_CHANNEL)[0] as RecordedCall)).toContain(
      t('en', 'issue.status.in_progress'),
    );
  });

  it('returned as misrouted: the dispatch room hears it in the card’s thread, not as a new post', async () => {
    const viewId = await open(U.fg1Lead, 'return_misrouted', {
      channelId: dm(U.fg1Member),
      messageTs: await cardTs(dm(U.fg1Member)),
    });
    await w.submit(U.fg1Lead, viewId, texts({ reason: '应由市场监管组办理' }));
    const m = w.mark();
    await w.deliverAll();
    const [reply] = posts(m, DISPATCH_CHANNEL);
    expect(reply?.args.thread_ts).toBe(await cardTs(DISPATCH_CHANNEL));
    expect(String(reply?.args.reply_broadcast)).toBe('true');
    expect(reply?.args.text).toContain('应由市场监管组办理');
    // The owner who lost it and the finder are both told.
    expect(posts(m, dm(U.fg1Member))).toHaveLength(1);
    expect(posts(m, dm(U.cadreA))).toHaveLength(1);
    expect(await db().outboxMessage.count({ where: { status: { not: 'done' } } })).toBe(0);
  });
});
