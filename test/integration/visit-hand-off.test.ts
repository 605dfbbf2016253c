// An accepted visit is stored before its "saving…" ack and written by a worker (src/services/
// visit-writes.ts): no worker running, a job lost with Redis, a web process gone after the ack —
// the visit is still written once, and the user still sees the outcome.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { recoverVisitWrites, writeVisitJobId } from '../../src/services/visit-writes.ts';
import { type VisitInput, visitDriver, visitValues } from '../support/visit-driver.ts';
import { seedVisitDistrict, VISIT_USERS, WANG } from '../support/visit-fixtures.ts';
import { startZhuqiApp, type ZhuqiApp } from '../support/zhuqi-app.ts';

const TODAY = '2026-06-04';

describe('the hand-off of an accepted visit to a worker', () => {
  let sut: ZhuqiApp;
  let driver: ReturnType<typeof visitDriver>;
  let input: VisitInput;
  const recover = () =>
    recoverVisitWrites(
      { db: sut.db.prisma, queue: sut.visitQueue, logger: createLogger('silent'), clock: () => new Date() },
      { olderThanMs: 0 },
    );

  beforeAll(async () => {
    sut = await startZhuqiApp({ users: VISIT_USERS, now: `${TODAY}T10:00:00+08:00` });
    const district = await seedVisitDistrict(sut.db.prisma);
    driver = visitDriver(sut);
    input = { enterpriseId: district.enterprises.food, date: TODAY, mode: 'on_site', summary: '生产正常' };
  });

  beforeEach(async () => {
    sut.resumeVisitWrites();
    await sut.db.prisma.visit.deleteMany();
    await sut.db.prisma.processedRequest.deleteMany();
    await sut.db.prisma.visitSubmission.deleteMany();
  });

  afterAll(async () => {
    await sut?.stop();
  });

  it('stores the submission before it acks, so a job lost after the ack is found and written', async () => {
    await sut.pauseVisitWrites();
    const { view } = await driver.open(WANG);
    const reply = await sut.client.viewSubmission(view, visitValues(input), WANG);
    expect(reply.body?.view).toMatchObject({ callback_id: 'visit.saving' });

    // Acked: the submission is stored, its job waits, nothing is written yet.
    const [row] = await sut.db.prisma.visitSubmission.findMany();
    expect(row).toMatchObject({ status: 'pending', slackUserId: WANG, viewId: view.id });
    expect(await sut.visitQueue.getJobState(writeVisitJobId(row?.id ?? 0n))).toBe('waiting');
    expect(await recover()).toBe(0); // its job is there: left alone

    // Redis loses the job (restarted empty, say): the recovery run asks again, a worker writes it.
    await sut.visitQueue.obliterate({ force: true });
    sut.resumeVisitWrites();
    expect(await recover()).toBe(1);
    await expect.poll(() => sut.fake.view(view.id)?.callback_id).toBe('visit.logged');
    await expect.poll(() => sut.db.prisma.visitSubmission.findMany()).toMatchObject([{ status: 'done' }]);
    expect(await sut.db.prisma.visit.count()).toBe(1);
    expect(await recover()).toBe(0);
  });

  it('writes once when the same submission is asked for twice', async () => {
    await sut.pauseVisitWrites();
    const { view } = await driver.open(WANG);
    await sut.client.viewSubmission(view, visitValues(input), WANG);
    const [row] = await sut.db.prisma.visitSubmission.findMany();
    const id = row?.id ?? 0n;
    // A recovery run and the web's own request at once: BullMQ holds one job per submission.
    await sut.visitQueue.add('write-visit', { submissionId: String(id) }, { jobId: writeVisitJobId(id) });
    expect(await sut.visitQueue.getJobCounts('waiting')).toEqual({ waiting: 1 });
    sut.resumeVisitWrites();
    await expect.poll(() => sut.db.prisma.visitSubmission.findMany()).toMatchObject([{ status: 'done' }]);
    expect(await sut.db.prisma.visit.count()).toBe(1);
    expect(sut.fake.calls('views.update').filter((c) => c.args.view_id === view.id)).toHaveLength(1);
  });

  it('marks a submission whose write failed, with the reason, and takes it again when resubmitted', async () => {
    await sut.db.prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION visit_test_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full'; END $$;
      CREATE TRIGGER visit_test_fault BEFORE INSERT ON visits FOR EACH ROW EXECUTE FUNCTION visit_test_fault();`);
    try {
      const { view } = await driver.open(WANG);
      const failed = await driver.submit(WANG, view, input);
      expect(failed.final?.callback_id).toBe('visit.form');
      await expect.poll(() => sut.db.prisma.visitSubmission.findMany()).toMatchObject([{ status: 'failed' }]);
      const [row] = await sut.db.prisma.visitSubmission.findMany();
      expect(row?.lastError).toContain('disk full');
      expect(row?.attempts).toBe(1);

      await sut.db.prisma.$executeRawUnsafe('DROP TRIGGER visit_test_fault ON visits');
      const again = await driver.submit(WANG, failed.final as NonNullable<typeof failed.final>, input);
      expect(again.final?.callback_id).toBe('visit.logged');
      // The same form again is the same submission: its row is taken again, not a second one stored.
      await expect.poll(() => sut.db.prisma.visitSubmission.findMany()).toMatchObject([{ status: 'done' }]);
    } finally {
      await sut.db.prisma.$executeRawUnsafe('DROP TRIGGER IF EXISTS visit_test_fault ON visits');
      await sut.db.prisma.$executeRawUnsafe('DROP FUNCTION IF EXISTS visit_test_fault()');
    }
  });
});
