// The statement a submission's ack waits on, many at once: the web's ack pool groups the calls made
// meanwhile into one statement (src/persistence/group-calls.ts). Each caller still gets its own
// answer: the same facts as asked alone; its own stored row (a double click in one group shares one),
// the typed text coming back byte for byte.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAckQueries, prismaAckQueries } from '../../src/persistence/ack-queries.ts';
import type { SubmissionFactsQuery } from '../../src/persistence/visits/submission-facts.ts';
import { createVisitSubmissionStore } from '../../src/persistence/visits/visit-submissions.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { ANNA, STRANGER, seedVisitDistrict, WANG, ZHANG } from '../support/visit-fixtures.ts';

// What node-postgres must escape inside an array literal: quotes, a backslash, braces, commas, NULL.
const TRICKY = 'He said "补贴\\到账" {1,2}, NULL, \'x\'';

/** Submission `n` by `slackUserId`, asking to be stored. */
const held = (n: number, summary = `走访 ${n}`, slackUserId = WANG): SubmissionFactsQuery => ({
  slackUserId,
  enterpriseId: null,
  policyIds: [],
  date: null,
  key: `visit:V${n}:digest`,
  hold: { viewId: `V${n}`, payload: { locale: 'zh-CN', form: { summary, policies: [n, n + 1] } } },
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
    const base = { policyIds: [], date: '2026-06-04', key: 'none' };
    const asked: SubmissionFactsQuery[] = [
      { ...base, slackUserId: WANG, enterpriseId: chuncheng, policyIds: [heating, 424242, smallFirms] },
      { ...base, slackUserId: WANG, enterpriseId: chuncheng, key: 'k1' }, // a replay of k1
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

describe('storing visit submissions with their facts', () => {
  beforeEach(async () => {
    await seedVisitDistrict(db.prisma);
  });

  const rows = () =>
    db.prisma.visitSubmission.findMany({ orderBy: { id: 'asc' } }).then((all) =>
      all.map((r) => ({
        id: r.id,
        key: r.requestKey,
        viewId: r.viewId,
        status: r.status,
        holds: r.holds,
        payload: r.payload,
      })),
    );
  const ids = (facts: Array<{ held: { id: bigint } | null }>) => facts.map((f) => f.held?.id);

  it('stores fifty at once, each answered with its own row', async () => {
    const submissions = Array.from({ length: 50 }, (_, i) => held(i + 1, i === 7 ? TRICKY : undefined));
    const answers = await Promise.all(submissions.map((s) => ack.submissionFacts(s)));
    const stored = await rows();
    expect(stored).toHaveLength(50);
    expect(new Set(ids(answers)).size).toBe(50);
    for (const [i, s] of submissions.entries()) {
      expect(answers[i]?.cadre).not.toBeNull();
      const row = stored.find((r) => r.id === answers[i]?.held?.id);
      expect(row).toMatchObject({ key: s.key, viewId: s.hold?.viewId, status: 'pending', holds: 1 });
      expect(row?.payload).toEqual(s.hold?.payload);
    }
    expect(stored.find((r) => r.key === held(8).key)?.payload).toMatchObject({ form: { summary: TRICKY } });
  });

  it('stores nothing for someone not in the directory, and only for those who asked', async () => {
    const [stranger, asked, notAsked] = await Promise.all([
      ack.submissionFacts(held(1, 'x', STRANGER)),
      ack.submissionFacts(held(2)),
      ack.submissionFacts({ ...held(2), hold: undefined }),
    ]);
    expect(stranger).toMatchObject({ cadre: null, held: null });
    expect(asked?.held).toMatchObject({ holds: 1 });
    expect(notAsked).toMatchObject({ cadre: { roles: expect.any(Array) }, held: null });
    expect(await rows()).toMatchObject([{ key: held(2).key }]);
  });

  it('gives a double click in one group one row, holding the later delivery', async () => {
    // The first goes alone; the three sent meanwhile form one group, two of them the same submission.
    const first = ack.submissionFacts(held(1));
    const again = held(2);
    again.hold = { viewId: 'V2-again', payload: { again: true } };
    const [, a, b, c] = await Promise.all([
      first,
      ack.submissionFacts(held(2)),
      ack.submissionFacts(again),
      ack.submissionFacts(held(3)),
    ]);
    expect(a?.held).toEqual(b?.held);
    expect(c?.held?.id).not.toBe(a?.held?.id);
    const stored = await rows();
    expect(stored).toHaveLength(3);
    expect(stored.find((r) => r.id === a?.held?.id)).toMatchObject({
      viewId: 'V2-again',
      status: 'pending',
      payload: { again: true },
    });
  });

  it('makes a settled row pending again when Slack delivers the submission again, counting the deliveries', async () => {
    const first = await ack.submissionFacts(held(1));
    const id = first.held?.id as bigint;
    await db.prisma.visitSubmission.update({
      where: { id },
      data: { status: 'failed', finishedAt: new Date() },
    });
    const second = await ack.submissionFacts(held(1));
    expect(second.held).toEqual({ id, holds: 2 });
    expect(await rows()).toMatchObject([{ id, status: 'pending', holds: 2 }]);
  });

  it('sets a refused submission aside only if no later delivery stored it since', async () => {
    const store = createVisitSubmissionStore(db.prisma);
    const first = (await ack.submissionFacts(held(1))).held as { id: bigint; holds: number };
    const second = (await ack.submissionFacts(held(1))).held as { id: bigint; holds: number };
    // The first delivery's answer is settled late, after "log anyway" stored the form again.
    await store.release(first, 'answered at the ack: duplicate', new Date());
    expect(await rows()).toMatchObject([{ status: 'pending', holds: 2 }]);
    await store.release(second, 'answered at the ack: invalid', new Date());
    const [row] = await db.prisma.visitSubmission.findMany();
    expect(row).toMatchObject({ status: 'failed', lastError: 'answered at the ack: invalid' });
  });

  it('stores the same way through Prisma, for processes without an ack pool', async () => {
    const viaPrisma = prismaAckQueries(db.prisma);
    const [x, y] = await Promise.all([
      viaPrisma.submissionFacts(held(1, TRICKY)),
      viaPrisma.submissionFacts(held(2)),
    ]);
    expect(x.held?.id).not.toBe(y.held?.id);
    expect(await rows()).toMatchObject([
      { id: x.held?.id, payload: held(1, TRICKY).hold?.payload },
      { id: y.held?.id, payload: held(2).hold?.payload },
    ]);
  });
});
