// An issue notice is sent once even when the run that sent it died before its outbox row was marked
// done: the post carries the row's key as metadata, and the next run finds it in the DM's history.
// The crash is the state it leaves behind: the row back to pending with one handler run counted.
import { describe, expect, it } from 'vitest';
import { DISPATCH_POST_EVENT_TYPE } from '../../src/delivery/issues/issue-dispatch.ts';
import { ISSUE_NOTICE_EVENT_TYPE } from '../../src/delivery/issues/issue-moved.ts';
import { type IssueWorld, U } from '../support/issue-driver.ts';
import { DISPATCH_CHANNEL } from '../support/issue-org.ts';
import { queuedIssue } from '../support/issue-setup.ts';
import { useIssueWorld } from '../support/issue-world-hooks.ts';

let w: IssueWorld;
const db = () => w.app.db.prisma;
const dm = (userId: string) => w.app.fake.dmChannel(userId);
const postsTo = (m: number, channel: string) =>
  w.callsSince(m, 'chat.postMessage').filter((c) => c.args.channel === channel);

async function raiseKept(): Promise<number> {
  const raised = await w.raise(U.cadreA, {
    subject: `enterprise:${w.org.enterpriseId}`,
    title: '供水管网改造',
    category: 'utilities_infrastructure',
    urgency: 'normal',
    outcome: 'keep',
    assignee: U.cadreB,
  });
  return raised.issueId;
}

const noticeRow = (issueId: number) =>
  db().outboxMessage.findFirstOrThrow({
    where: { topic: 'issue.moved', dedupeKey: { startsWith: `issue:${issueId}:` } },
  });

// Ids start again with the database, and so would the notices' keys: a new workspace history too.
useIssueWorld(
  (world) => {
    w = world;
  },
  { clearSlackState: true },
);

describe('an issue notice and a run that may have sent it before', () => {
  it('is not posted again when the earlier run posted it and died before settling its row', async () => {
    const issueId = await raiseKept();
    const m = w.mark();
    await w.deliverAll();
    const [card] = postsTo(m, dm(U.cadreB));
    const row = await noticeRow(issueId);
    expect(card?.args.metadata).toEqual({
      event_type: ISSUE_NOTICE_EVENT_TYPE,
      event_payload: { key: row.dedupeKey },
    });
    const ts = (card?.response as { ts?: string } | undefined)?.ts;

    // Died after Slack accepted the post: the row not done, the card not kept.
    await db().outboxMessage.update({ where: { id: row.id }, data: { status: 'pending', doneAt: null } });
    await db().issueCard.deleteMany({ where: { issueId } });
    const again = w.mark();
    await w.deliverAll();
    expect(postsTo(again, dm(U.cadreB))).toHaveLength(0);
    expect(w.callsSince(again, 'conversations.history').map((c) => c.args.channel)).toEqual([dm(U.cadreB)]);
    expect(await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'done',
      handlerRuns: 2,
    });
    // The post found is kept as the card, so later moves edit it.
    expect(await db().issueCard.findMany({ where: { issueId } })).toMatchObject([
      { channelId: dm(U.cadreB), ts },
    ]);
  });

  it('is posted when the earlier run began but died before posting', async () => {
    const issueId = await raiseKept();
    const row = await noticeRow(issueId);
    await db().outboxMessage.update({ where: { id: row.id }, data: { handlerRuns: 1 } });
    const m = w.mark();
    await w.deliverAll();
    expect(postsTo(m, dm(U.cadreB))).toHaveLength(1);
    expect(w.callsSince(m, 'conversations.history')).toHaveLength(1); // looked first, found nothing
  });

  it('does not look at the history on a first run', async () => {
    await raiseKept();
    const m = w.mark();
    await w.deliverAll();
    expect(postsTo(m, dm(U.cadreB))).toHaveLength(1);
    expect(w.callsSince(m, 'conversations.history')).toHaveLength(0);
  });

  it('posts the dispatch room’s card once, the same way', async () => {
    const issueId = await queuedIssue(w);
    const m = w.mark();
    await w.deliverAll();
    const [card] = postsTo(m, DISPATCH_CHANNEL);
    const row = await db().outboxMessage.findFirstOrThrow({ where: { topic: 'issue.dispatch' } });
    expect(card?.args.metadata).toEqual({
      event_type: DISPATCH_POST_EVENT_TYPE,
      event_payload: { key: row.dedupeKey },
    });

    await db().outboxMessage.update({ where: { id: row.id }, data: { status: 'pending', doneAt: null } });
    await db().issueCard.deleteMany({ where: { issueId, channelId: DISPATCH_CHANNEL } });
    const again = w.mark();
    await w.deliverAll();
    expect(postsTo(again, DISPATCH_CHANNEL)).toHaveLength(0);
    expect(await db().issueCard.findMany({ where: { issueId, channelId: DISPATCH_CHANNEL } })).toMatchObject([
      { ts: (card?.response as { ts?: string } | undefined)?.ts },
    ]);
  });
});
