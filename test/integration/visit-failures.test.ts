// When the write fails or is slow, the user's input is never dropped: the modal stays open as typed
// with a message beside the summary, and pressing Submit again cannot log the visit twice. Failures
// are real: a PostgreSQL trigger on this worker's database breaks or slows the insert.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { VISIT_BLOCKS } from '../../src/slack/ids/visit.ts';
import { SUBMIT_BUDGET_MS } from '../../src/slack/listeners/visit/submit.ts';
import { type VisitInput, visitDriver } from '../support/visit-driver.ts';
import { seedVisitDistrict, VISIT_USERS, type VisitDistrict, WANG } from '../support/visit-fixtures.ts';
import { startZhuqiApp, type ZhuqiApp } from '../support/zhuqi-app.ts';

const TODAY = '2026-06-04';

describe('a visit write that fails or is slow', () => {
  let sut: ZhuqiApp;
  let district: VisitDistrict;
  let driver: ReturnType<typeof visitDriver>;
  let input: VisitInput;

  const trigger = (body: string) =>
    sut.db.prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION visit_test_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${body} RETURN NEW; END $$;
      CREATE TRIGGER visit_test_fault BEFORE INSERT ON visits FOR EACH ROW EXECUTE FUNCTION visit_test_fault();`);

  beforeAll(async () => {
    sut = await startZhuqiApp({ users: VISIT_USERS, now: `${TODAY}T10:00:00+08:00` });
    district = await seedVisitDistrict(sut.db.prisma);
    driver = visitDriver(sut);
    input = {
      enterpriseId: district.enterprises.food,
      date: TODAY,
      mode: 'on_site',
      summary: '生产正常，订单充足',
    };
  });

  afterEach(async () => {
    await sut.db.prisma.$executeRawUnsafe('DROP TRIGGER IF EXISTS visit_test_fault ON visits');
    await sut.db.prisma.$executeRawUnsafe('DROP FUNCTION IF EXISTS visit_test_fault()');
  });

  afterAll(async () => {
    await sut?.stop();
  });

  it('answers an error beside the summary and keeps the form when the write fails', async () => {
    await trigger(`RAISE EXCEPTION 'disk full';`);
    const { view } = await driver.open(WANG);
    const reply = await driver.submit(WANG, view, input);
    expect(reply.body).toEqual({
      response_action: 'errors',
      errors: { [VISIT_BLOCKS.summary]: t('zh-CN', 'errors.internal') },
    });
    expect(sut.fake.isViewOpen(view.id)).toBe(true);
    expect(await sut.db.prisma.visit.count()).toBe(0);
    expect(await sut.db.prisma.processedRequest.count()).toBe(0);

    await sut.db.prisma.$executeRawUnsafe('DROP TRIGGER visit_test_fault ON visits');
    const again = await driver.submit(WANG, view, input);
    expect(again.body?.response_action).toBe('update');
    expect(await sut.db.prisma.visit.count()).toBe(1);
  });

  it('answers within Slack’s time when the write is slow, and a second Submit replays instead of writing', async () => {
    await sut.db.prisma.visit.deleteMany();
    await sut.db.prisma.processedRequest.deleteMany();
    const slowSeconds = (SUBMIT_BUDGET_MS + 700) / 1000;
    await trigger(`PERFORM pg_sleep(${slowSeconds});`);
    const { view } = await driver.open(WANG);
    const started = performance.now();
    const reply = await driver.submit(WANG, view, input);
    expect(performance.now() - started).toBeLessThan(2500);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      response_action: 'errors',
      errors: { [VISIT_BLOCKS.summary]: t('zh-CN', 'visit.error.slow') },
    });

    // The first write goes on and commits; pressing Submit again finds it.
    await expect.poll(() => sut.db.prisma.visit.count(), { timeout: 5000 }).toBe(1);
    const again = await driver.submit(WANG, view, input);
    expect(again.body?.response_action).toBe('update');
    expect(await sut.db.prisma.visit.count()).toBe(1);
  });
});
