// Storing accepted submissions before their ack, many at once: the web's ack pool groups the inserts
// made meanwhile into one statement (src/persistence/group-calls.ts); each caller still gets its own
// row, a double click in the same group shares one, and the typed text comes back byte for byte.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAckQueries, prismaAckQueries } from '../../src/persistence/ack-queries.ts';
import type { HeldSubmission } from '../../src/persistence/visits/visit-submissions.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

// What node-postgres must escape inside an array literal: quotes, a backslash, braces, commas, NULL.
const TRICKY = 'He said "补贴\\到账" {1,2}, NULL, \'x\'';

const held = (n: number, summary = `走访 ${n}`): HeldSubmission => ({
  key: `visit:V${n}:digest`,
  slackUserId: `U${String(n).padStart(9, '0')}`,
  viewId: `V${n}`,
  payload: { locale: 'zh-CN', form: { summary, policies: [n, n + 1] }, accepted: { cadreId: n } },
});

describe('holding visit submissions', () => {
  let db: TestDatabase;
  let ack: ReturnType<typeof createAckQueries>;

  beforeAll(async () => {
    db = await freshDatabase();
    ack = createAckQueries(db.url, { max: 2 });
  });

  afterAll(async () => {
    await ack?.close();
    await db?.close();
  });

  beforeEach(() => db.reset());

  const rows = () =>
    db.prisma.visitSubmission.findMany({ orderBy: { id: 'asc' } }).then((all) =>
      all.map((r) => ({
        id: r.id,
        key: r.requestKey,
        viewId: r.viewId,
        status: r.status,
        payload: r.payload,
      })),
    );

  it('stores fifty at once, each answered with its own row', async () => {
    const submissions = Array.from({ length: 50 }, (_, i) => held(i + 1, i === 7 ? TRICKY : undefined));
    const ids = await Promise.all(submissions.map((s) => ack.holdVisitSubmission(s)));
    const stored = await rows();
    expect(stored).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    for (const [i, s] of submissions.entries()) {
      const row = stored.find((r) => r.id === ids[i]);
      expect(row).toMatchObject({ key: s.key, viewId: s.viewId, status: 'pending', payload: s.payload });
    }
    expect(stored.find((r) => r.key === held(8).key)?.payload).toMatchObject({ form: { summary: TRICKY } });
  });

  it('gives a double click in one group one row, holding the later delivery', async () => {
    // The first goes alone; the three sent meanwhile form one group, two of them the same submission.
    const first = ack.holdVisitSubmission(held(1));
    const again = { ...held(2), viewId: 'V2-again' };
    const [, a, b, c] = await Promise.all([
      first,
      ack.holdVisitSubmission(held(2)),
      ack.holdVisitSubmission(again),
      ack.holdVisitSubmission(held(3)),
    ]);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    const stored = await rows();
    expect(stored).toHaveLength(3);
    expect(stored.find((r) => r.id === a)).toMatchObject({ viewId: 'V2-again', status: 'pending' });
  });

  it('makes a settled row pending again when Slack delivers the submission again', async () => {
    const id = await ack.holdVisitSubmission(held(1));
    await db.prisma.visitSubmission.update({
      where: { id },
      data: { status: 'failed', finishedAt: new Date() },
    });
    expect(await ack.holdVisitSubmission(held(1))).toBe(id);
    expect(await rows()).toMatchObject([{ id, status: 'pending' }]);
  });

  it('stores the same way through Prisma, for processes without an ack pool', async () => {
    const viaPrisma = prismaAckQueries(db.prisma);
    const [x, y] = await Promise.all([
      viaPrisma.holdVisitSubmission(held(1, TRICKY)),
      viaPrisma.holdVisitSubmission(held(2)),
    ]);
    expect(x).not.toBe(y);
    expect(await rows()).toMatchObject([
      { id: x, payload: held(1, TRICKY).payload },
      { id: y, payload: held(2).payload },
    ]);
  });
});
