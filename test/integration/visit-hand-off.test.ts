// A visit submission is stored with its check, before its ack (src/services/visit-writes.ts): a web process
// killed after the ack, before its write committed, loses nothing — the recovery job hands the
// stored submission to a worker, which writes it once and shows the user the outcome.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { createLogger } from '../../src/logger.ts';
import { recoverVisitWrites } from '../../src/services/visit-writes.ts';
import { VISIT_BLOCKS } from '../../src/slack/ids/visit.ts';
import { SUBMIT_BUDGET_MS } from '../../src/slack/listeners/visit/submit.ts';
import { runEntry } from '../support/child-entry.ts';
import { freePort } from '../support/ports.ts';
import { SlackClient } from '../support/slack-client.ts';
import { type VisitInput, visitDriver, visitValues } from '../support/visit-driver.ts';
import { seedVisitDistrict, VISIT_USERS, WANG } from '../support/visit-fixtures.ts';
import { startZhuqiApp, type ZhuqiApp } from '../support/zhuqi-app.ts';

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe('an accepted visit stored before its ack', () => {
  let sut: ZhuqiApp;
  let driver: ReturnType<typeof visitDriver>;
  let input: VisitInput;
  const recover = () =>
    recoverVisitWrites(
      { db: sut.db.prisma, queue: sut.visitQueue, logger: createLogger('silent'), clock: () => new Date() },
      { olderThanMs: 0 },
    );
  /** Every insert into visits waits `seconds` first (a write in progress, held open). */
  const slowVisitInserts = (seconds: number) =>
    sut.db.prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION visit_test_slow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(${seconds}); RETURN NEW; END $$;
      CREATE TRIGGER visit_test_slow BEFORE INSERT ON visits FOR EACH ROW EXECUTE FUNCTION visit_test_slow();`);
  const normalInserts = async () => {
    await sut.db.prisma.$executeRawUnsafe('DROP TRIGGER IF EXISTS visit_test_slow ON visits');
    await sut.db.prisma.$executeRawUnsafe('DROP FUNCTION IF EXISTS visit_test_slow()');
  };

  beforeAll(async () => {
    // Today, real time: the killed web process below runs on the real clock.
    sut = await startZhuqiApp({ users: VISIT_USERS });
    const district = await seedVisitDistrict(sut.db.prisma);
    driver = visitDriver(sut);
    input = { enterpriseId: district.enterprises.food, date: TODAY, mode: 'on_site', summary: '生产正常' };
  });

  beforeEach(async () => {
    await normalInserts();
    await sut.db.prisma.visit.deleteMany();
    await sut.db.prisma.processedRequest.deleteMany();
    await sut.db.prisma.visitSubmission.deleteMany();
  });

  afterAll(async () => {
    await normalInserts();
    await sut?.stop();
  });

  it('is written by a worker when the web process that acked it is killed before writing it', async () => {
    const port = await freePort();
    const web = runEntry('src/main.ts', {
      DATABASE_URL: sut.db.url,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: sut.queuePrefix,
      SLACK_BOT_TOKEN: sut.botToken,
      SLACK_SIGNING_SECRET: sut.signingSecret,
      SLACK_API_URL: sut.fake.url,
      PORT: String(port),
      HOST: '127.0.0.1',
    });
    try {
      await web.waitForLog((l) => l.msg === 'web listening');
      await slowVisitInserts(2);
      const { view } = await driver.open(WANG);
      const toWeb = new SlackClient(`http://127.0.0.1:${port}`, sut.signingSecret, sut.fake);
      const reply = await toWeb.viewSubmission(view, visitValues(input), WANG);
      expect(reply.body?.view).toMatchObject({ callback_id: 'visit.saving' });
      // The web process dies right after its ack: its write never commits.
      web.proc.kill('SIGKILL');
      await web.exited;
    } finally {
      await web.stop();
    }
    await normalInserts(); // waits for the dead process's sleeping insert to roll back
    expect(await sut.db.prisma.visit.count()).toBe(0);
    expect(await sut.db.prisma.visitSubmission.findMany()).toMatchObject([
      { status: 'pending', slackUserId: WANG },
    ]);
    expect(sut.fake.view((await sut.db.prisma.visitSubmission.findFirstOrThrow()).viewId)?.callback_id).toBe(
      'visit.saving',
    );

    expect(await recover()).toBe(1);
    await expect.poll(() => sut.db.prisma.visitSubmission.findMany()).toMatchObject([{ status: 'done' }]);
    const row = await sut.db.prisma.visitSubmission.findFirstOrThrow();
    // The row is marked in the visit's transaction; the modal is updated after it commits.
    await expect.poll(() => sut.fake.view(row.viewId)?.callback_id).toBe('visit.logged');
    expect(await sut.db.prisma.visit.findMany()).toMatchObject([
      { summary: '生产正常', idempotencyKey: row.requestKey },
    ]);
    expect(await recover()).toBe(0);
  });

  it('is written once when the recovery job takes it while the web process is still writing it', async () => {
    await slowVisitInserts(0.6);
    const { view } = await driver.open(WANG);
    const pending = driver.submit(WANG, view, input);
    await expect.poll(() => sut.fake.view(view.id)?.callback_id).toBe('visit.saving');
    // Pending, and the web's write under way: a worker takes it too, and waits for it on the key.
    await expect.poll(() => sut.db.prisma.visitSubmission.count()).toBe(1);
    expect(await recover()).toBe(1);
    await pending;
    await expect.poll(() => sut.db.prisma.visitSubmission.findMany()).toMatchObject([{ status: 'done' }]);
    await expect
      .poll(() => sut.fake.calls('views.update').filter((c) => c.args.view_id === view.id).length)
      .toBe(2);
    expect(sut.fake.view(view.id)?.callback_id).toBe('visit.logged');
    expect(await sut.db.prisma.visit.count()).toBe(1);
  });

  it('never writes a submission stored only after its ack said it did not go through', async () => {
    // The check's second round trip, storing the submission, outlasts the ack's budget.
    await sut.db.prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION visit_test_slow_hold() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(${(SUBMIT_BUDGET_MS + 500) / 1000}); RETURN NEW; END $$;
      CREATE TRIGGER visit_test_slow_hold BEFORE INSERT ON visit_submissions
        FOR EACH ROW EXECUTE FUNCTION visit_test_slow_hold();`);
    try {
      const { view } = await driver.open(WANG);
      const reply = await driver.submit(WANG, view, input);
      expect(reply.body).toEqual({
        response_action: 'errors',
        errors: { [VISIT_BLOCKS.summary]: t('zh-CN', 'visit.error.slow') },
      });
      // Stored after all, then set aside: no worker will write it.
      await expect
        .poll(() => sut.db.prisma.visitSubmission.findMany(), { timeout: 5000 })
        .toMatchObject([{ status: 'failed', lastError: 'not acked in time' }]);
      expect(await recover()).toBe(0);
      expect(await sut.db.prisma.visit.count()).toBe(0);
    } finally {
      await sut.db.prisma.$executeRawUnsafe(
        'DROP TRIGGER IF EXISTS visit_test_slow_hold ON visit_submissions',
      );
      await sut.db.prisma.$executeRawUnsafe('DROP FUNCTION IF EXISTS visit_test_slow_hold()');
    }
  });

  it('asks the double-entry question again, writing nothing, for a refused submission left pending', async () => {
    await driver.submit(WANG, (await driver.open(WANG)).view, input);
    expect(await sut.db.prisma.visit.count()).toBe(1);
    // The web process cannot set the refused submission aside (as if it died right after its ack).
    // The sequence counts the tries: it does not roll back with the failed update.
    await sut.db.prisma.$executeRawUnsafe(`
      CREATE SEQUENCE IF NOT EXISTS visit_test_release_tries;
      CREATE OR REPLACE FUNCTION visit_test_no_release() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.last_error LIKE 'answered at the ack%' THEN
          PERFORM nextval('visit_test_release_tries');
          RAISE EXCEPTION 'gone';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER visit_test_no_release BEFORE UPDATE ON visit_submissions
        FOR EACH ROW EXECUTE FUNCTION visit_test_no_release();`);
    const tries = async () => {
      const [row] = await sut.db.prisma.$queryRawUnsafe<Array<{ is_called: boolean }>>(
        'SELECT is_called FROM visit_test_release_tries',
      );
      return row?.is_called;
    };
    try {
      const { view } = await driver.open(WANG);
      const ask = await driver.submit(WANG, view, { ...input, summary: '第二次' });
      expect(ask.body?.response_action).toBe('update');
      expect(sut.fake.view(view.id)?.submit).toMatchObject({ text: t('zh-CN', 'visit.modal.submit_anyway') });
      await expect.poll(tries).toBe(true);
    } finally {
      await sut.db.prisma.$executeRawUnsafe(
        'DROP TRIGGER IF EXISTS visit_test_no_release ON visit_submissions',
      );
      await sut.db.prisma.$executeRawUnsafe('DROP FUNCTION IF EXISTS visit_test_no_release()');
      await sut.db.prisma.$executeRawUnsafe('DROP SEQUENCE IF EXISTS visit_test_release_tries');
    }
    const pending = await sut.db.prisma.visitSubmission.findFirstOrThrow({ where: { status: 'pending' } });
    const updates = sut.fake.calls('views.update').length;

    // A worker takes it over and checks it again: still the same firm and day, unconfirmed.
    expect(await recover()).toBe(1);
    await expect
      .poll(() => sut.db.prisma.visitSubmission.findUniqueOrThrow({ where: { id: pending.id } }))
      .toMatchObject({ status: 'failed', lastError: 'a visit to the firm that day already' });
    const shown = sut.fake.calls('views.update').slice(updates);
    expect(shown.map((c) => c.args.view_id)).toEqual([pending.viewId]);
    const again = sut.fake.view(pending.viewId);
    expect(again?.submit).toMatchObject({ text: t('zh-CN', 'visit.modal.submit_anyway') });
    expect(JSON.stringify(again?.blocks)).toContain('第二次');
    expect(await sut.db.prisma.visit.count()).toBe(1);
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
