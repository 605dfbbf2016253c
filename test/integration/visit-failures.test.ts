// The write runs after the ack ("saving…"). When it fails, the user's input is never dropped: the
// form comes back as typed with a message beside the summary (or, the modal closed, as a direct
// message), and pressing Submit again cannot log the visit twice. Failures
// are real: a PostgreSQL trigger on this worker's database breaks or slows the insert.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { VISIT_BLOCKS } from '../../src/slack/ids/visit.ts';
import { SUBMIT_BUDGET_MS } from '../../src/slack/listeners/visit/submit.ts';
import type { StoredView } from '../support/fake-slack/index.ts';
import { blockOf, type VisitInput, viewText, visitDriver } from '../support/visit-driver.ts';
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

  it('shows the form again as typed, with an error beside the summary, when the write fails', async () => {
    await trigger(`RAISE EXCEPTION 'disk full';`);
    const { view } = await driver.open(WANG);
    const reply = await driver.submit(WANG, view, input);
    // The ack said "saving…"; the failed write puts the form back with what was typed.
    expect(reply.body?.view).toMatchObject({ callback_id: 'visit.saving' });
    const form = reply.final as StoredView;
    expect(form.callback_id).toBe('visit.form');
    expect(blockOf(form, VISIT_BLOCKS.summary)?.element).toMatchObject({ initial_value: input.summary });
    const blocks = form.blocks as Array<{ block_id?: string }>;
    const at = blocks.findIndex((b) => b.block_id === VISIT_BLOCKS.summary);
    expect(blocks[at + 1]?.block_id).toBe(`${VISIT_BLOCKS.summary}.note`);
    expect(viewText(form)).toContain(t('zh-CN', 'errors.internal'));
    expect(sut.fake.isViewOpen(view.id)).toBe(true);
    expect(await sut.db.prisma.visit.count()).toBe(0);
    expect(await sut.db.prisma.processedRequest.count()).toBe(0);

    await sut.db.prisma.$executeRawUnsafe('DROP TRIGGER visit_test_fault ON visits');
    const again = await driver.submit(WANG, form, input);
    expect(again.final?.callback_id).toBe('visit.logged');
    expect(await sut.db.prisma.visit.count()).toBe(1);
  });

  it('acks at once when the write is slow, and shows the logged view once it is written', async () => {
    await sut.db.prisma.visit.deleteMany();
    await sut.db.prisma.processedRequest.deleteMany();
    await trigger(`PERFORM pg_sleep(${(SUBMIT_BUDGET_MS + 700) / 1000});`);
    const { view } = await driver.open(WANG);
    const started = performance.now();
    const pending = driver.submit(WANG, view, input);
    await expect.poll(() => sut.fake.view(view.id)?.callback_id, { timeout: 1500 }).toBe('visit.saving');
    expect(performance.now() - started).toBeLessThan(1500);
    const reply = await pending;
    expect(reply.status).toBe(200);
    expect(reply.final?.callback_id).toBe('visit.logged');
    expect(await sut.db.prisma.visit.count()).toBe(1);
  });

  it('sends the summary as a direct message when the write fails after the modal was closed', async () => {
    await sut.db.prisma.visit.deleteMany();
    await sut.db.prisma.processedRequest.deleteMany();
    await trigger(`PERFORM pg_sleep(0.5); RAISE EXCEPTION 'disk full';`);
    const { view } = await driver.open(WANG);
    const pending = driver.submit(WANG, view, { ...input, summary: '订单充足 <!channel>' });
    await expect.poll(() => sut.fake.view(view.id)?.callback_id).toBe('visit.saving');
    sut.fake.closeView(view.id); // the user closed the "saving…" modal
    await pending;
    const dm = await sut.fake.waitForCall('chat.postMessage', (c) => c.args.channel === WANG);
    expect(String(dm.args.text)).toContain('订单充足 &lt;!channel&gt;');
    expect(String(dm.args.text)).toContain(t('zh-CN', 'errors.internal'));
    expect(await sut.db.prisma.visit.count()).toBe(0);
  });
});
