// `/visit [text]` over signed HTTP against the fake Slack: the modal opens inside the trigger window,
// pre-filled from the text; outsiders get a message and nothing is written.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { VISIT_ACTIONS, VISIT_BLOCKS, VISIT_CALLBACK } from '../../src/slack/ids/visit.ts';
import { blockOf, mrkdwnTexts, viewText, visitDriver } from '../support/visit-driver.ts';
import {
  CHUNCHENG_CODE,
  STRANGER,
  seedVisitDistrict,
  VISIT_USERS,
  type VisitDistrict,
  WANG,
  ZHANG,
} from '../support/visit-fixtures.ts';
import { startZhuqiApp, type ZhuqiApp } from '../support/zhuqi-app.ts';

const NOW = '2026-06-04T10:00:00+08:00';

const block = blockOf;

describe('/visit opens the visit modal', () => {
  let sut: ZhuqiApp;
  let district: VisitDistrict;
  let driver: ReturnType<typeof visitDriver>;

  beforeAll(async () => {
    sut = await startZhuqiApp({ users: VISIT_USERS, now: NOW });
    district = await seedVisitDistrict(sut.db.prisma);
    driver = visitDriver(sut);
  });

  afterAll(async () => {
    await sut?.stop();
  });

  beforeEach(() => {
    sut.fake.reset();
  });

  it('acks at once and opens the modal with the trigger, dated today, in the user’s language', async () => {
    const { view, elapsedMs, ackBody } = await driver.open(WANG);
    expect(ackBody).toBeUndefined();
    expect(elapsedMs).toBeLessThan(2500); // Slack's limit is 3 s; Bolt gives up at 2.5 s
    // The fake refuses a trigger older than 3 s or used twice: the open succeeded within the window.
    const open = sut.fake.lastCall('views.open');
    expect(open?.status).toBe(200);
    expect(view.callback_id).toBe(VISIT_CALLBACK);
    expect(view.title).toMatchObject({ text: t('zh-CN', 'visit.modal.title') });
    expect(block(view, VISIT_BLOCKS.date)?.element).toMatchObject({ initial_date: '2026-06-04' });
    expect(block(view, VISIT_BLOCKS.enterprise)?.element).toMatchObject({
      type: 'external_select',
      action_id: VISIT_ACTIONS.enterprise,
      min_query_length: 0,
    });
    expect((view.blocks as unknown[]).length).toBeLessThanOrEqual(100);
  });

  it('opens before reading the database, then picks the only firm of the cadre’s own that matches', async () => {
    const { view } = await driver.open(WANG, '热力 供热管网老化，<!channel> 需要改造');
    const [open] = sut.fake.calls('views.open');
    const [update] = sut.fake.calls('views.update');
    expect(open && update && open.at <= update.at).toBe(true);
    // The first view already carried the summary: splitting the text needs no database.
    expect(block(open?.args.view, VISIT_BLOCKS.summary)?.element).toMatchObject({
      initial_value: '供热管网老化，<!channel> 需要改造',
    });
    expect(update?.args.hash).toBeTruthy();
    const enterprise = block(view, VISIT_BLOCKS.enterprise)?.element as {
      initial_option?: { value: string };
    };
    expect(enterprise.initial_option?.value).toBe(String(district.enterprises.chuncheng));
    expect(viewText(view)).toContain(
      t('zh-CN', 'visit.prefill.picked', { query: '热力', name: '长春市春城热力有限公司' }),
    );
  });

  it('picks the firm of a full credit code, whoever owns it', async () => {
    const { view } = await driver.open(ZHANG, CHUNCHENG_CODE);
    const enterprise = block(view, VISIT_BLOCKS.enterprise)?.element as {
      initial_option?: { value: string; text: { text: string } };
    };
    expect(enterprise.initial_option?.value).toBe(String(district.enterprises.chuncheng));
    expect([...(enterprise.initial_option?.text.text ?? '')].length).toBeLessThanOrEqual(75);
  });

  it('leaves the choice to the user when the words match several firms, and remembers them for the list', async () => {
    const { view } = await driver.open(ZHANG, '热力', { updates: false });
    const enterprise = block(view, VISIT_BLOCKS.enterprise)?.element as { initial_option?: unknown };
    expect(enterprise.initial_option).toBeUndefined();
    expect(viewText(view)).toContain(t('zh-CN', 'visit.prefill.listed', { query: '热力' }));
    expect(JSON.parse(view.private_metadata)).toMatchObject({ q: '热力' });
    // Nothing to change once the words turn out to match several firms: no update.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sut.fake.calls('views.update')).toHaveLength(0);
  });

  it('puts text that names no firm into the summary', async () => {
    const { view } = await driver.open(WANG, '今天走访了一家新企业');
    expect(block(view, VISIT_BLOCKS.summary)?.element).toMatchObject({
      initial_value: '今天走访了一家新企业',
    });
    expect(viewText(view)).toContain(t('zh-CN', 'visit.prefill.none', { query: '今天走访了一家新企业' }));
  });

  it('escapes the user’s words wherever the modal shows them back in mrkdwn', async () => {
    const { view } = await driver.open(WANG, '<!channel>热力 <@U0ANNALI01>');
    const texts = mrkdwnTexts(view).join('\n');
    expect(texts).toContain('&lt;!channel&gt;热力');
    expect(texts).not.toContain('<!channel>');
    expect(texts).not.toContain('<@');
  });

  it('tells someone outside the directory so, in their language, in the modal and a message, and writes nothing', async () => {
    const { view } = await driver.open(STRANGER, '热力');
    await sut.fake.waitForCall('response_url');
    expect(sut.fake.ephemerals({ user: STRANGER }).at(-1)?.text).toBe(t('en', 'errors.not_in_directory'));
    // The form opened first (the trigger waits for nobody), then became the notice: nothing to submit.
    expect(view.submit).toBeFalsy();
    expect(viewText(view)).toContain(t('en', 'errors.not_in_directory'));
    expect(await sut.db.prisma.visit.count()).toBe(0);
    expect(await sut.db.prisma.processedRequest.count()).toBe(0);
  });
});
