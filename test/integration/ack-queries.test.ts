// The statements a submission's ack waits on, many at once: the web's ack pool groups the calls made
// meanwhile into one statement each (src/persistence/group-calls.ts). Each caller still gets its own
// answer: the same facts as asked alone; its own stored row (a double click in one group shares one),
// the typed text coming back byte for byte.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAckQueries, prismaAckQueries } from '../../src/persistence/ack-queries.ts';
import type { SubmissionFactsQuery } from '../../src/persistence/visits/submission-facts.ts';
import type { HeldSubmission } from '../../src/persistence/visits/visit-submissions.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { ANNA, STRANGER, seedVisitDistrict, WANG, ZHANG } from '../support/visit-fixtures.ts';

// What node-postgres must escape inside an array literal: quotes, a backslash, braces, commas, NULL.
const TRICKY = 'He said "补贴\\到账" {1,2}, NULL, \'x\'';

const held = (n: number, summary = `走访 ${n}`): HeldSubmission => ({
  key: `visit:V${n}:digest`,
  slackUserId: `U${String(n).padStart(9, '0')}`,
  viewId: `V${n}`,
  payload: { locale: 'zh-CN', form: { summary, policies: [n, n + 1] }, accepted: { cadreId: n } },
});

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

describe("a submission's facts", () => {
  it('answers each of many asked at once as if it had been asked alone', async () => {
    const district = await seedVisitDistrict(db.prisma);
    const { chuncheng, food } = district.enterprises;
    const { heating, smallFirms } = district.policies;
    const earlier = (key: string, minute: number) => ({
      enterpriseId: chuncheng,
      cadreId: district.cadres.wang,
      visitDate: new Date('2026-06-04'),
      mode: 'on_site' as const,
      summary: `走访 ${key}`,
      idempotencyKey: key,
      createdAt: new Date(`2026-06-04T0${minute}:00:00Z`),
    });
    await db.prisma.visit.createMany({ data: [earlier('k2', 2), earlier('k1', 1)] });
    const base = { policyIds: [], date: '2026-06-04', exceptKey: 'none' };
    const asked: SubmissionFactsQuery[] = [
      { ...base, slackUserId: WANG, enterpriseId: chuncheng, policyIds: [heating, 424242, smallFirms] },
      { ...base, slackUserId: WANG, enterpriseId: chuncheng, exceptKey: 'k1' }, // a replay of k1
      { ...base, slackUserId: WANG, enterpriseId: chuncheng, date: null },
      { ...base, slackUserId: WANG, enterpriseId: food },
      { ...base, slackUserId: ANNA, enterpriseId: 999_999 },
      { ...base, slackUserId: ZHANG, enterpriseId: null },
      { ...base, slackUserId: STRANGER, enterpriseId: chuncheng },
    ];
    const together = await Promise.all(asked.map((q) => ack.submissionFacts(q)));
    const alone = [];
    for (const q of asked) alone.push(await ack.submissionFacts(q));
    expect(together).toEqual(alone);

    const [withPolicies, replay, noDate, food1, anna, zhang, stranger] = together;
    expect(withPolicies).toMatchObject({
      cadre: { id: district.cadres.wang },
      enterpriseName: '长春市春城热力有限公司',
      knownPolicyIds: new Set([heating, smallFirms]),
    });
    expect(withPolicies?.sameDay.map((v) => v.summary)).toEqual(['走访 k1', '走访 k2']);
    expect(replay?.sameDay.map((v) => v.summary)).toEqual(['走访 k2']);
    expect(noDate?.sameDay).toEqual([]);
    expect(food1).toMatchObject({ enterpriseName: '吉林省南关食品有限公司', sameDay: [] });
    expect(anna).toMatchObject({ cadre: { id: district.cadres.anna }, enterpriseName: null });
    expect(zhang?.cadre?.roles).toContain('dispatch');
    expect(stranger).toMatchObject({ cadre: null, enterpriseName: '长春市春城热力有限公司' });
  });
});

describe('holding visit submissions', () => {
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
