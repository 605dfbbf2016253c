// A refused visit form comes back as `response_action: errors`, beside the block at fault, in the
// user's language, and writes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { issueBlockId, VISIT_BLOCKS } from '../../src/slack/ids/visit.ts';
import type { StoredView } from '../support/fake-slack/index.ts';
import { type VisitInput, visitDriver } from '../support/visit-driver.ts';
import {
  ANNA,
  seedVisitDistrict,
  VISIT_USERS,
  type VisitDistrict,
  WANG,
  ZHANG,
} from '../support/visit-fixtures.ts';
import { startZhuqiApp, type ZhuqiApp } from '../support/zhuqi-app.ts';

const TODAY = '2026-06-04';

describe('visit form validation', () => {
  let sut: ZhuqiApp;
  let district: VisitDistrict;
  let driver: ReturnType<typeof visitDriver>;
  let valid: VisitInput;

  const openFor = async (userId: string): Promise<StoredView> => (await driver.open(userId)).view;

  beforeAll(async () => {
    sut = await startZhuqiApp({ users: VISIT_USERS, now: `${TODAY}T10:00:00+08:00` });
    district = await seedVisitDistrict(sut.db.prisma);
    driver = visitDriver(sut);
    valid = {
      enterpriseId: district.enterprises.chuncheng,
      date: TODAY,
      mode: 'on_site',
      summary: '供热管网运行正常',
    };
  });

  afterAll(async () => {
    await sut?.stop();
  });

  beforeEach(async () => {
    sut.fake.reset();
    await sut.db.prisma.visit.deleteMany();
    await sut.db.prisma.processedRequest.deleteMany();
  });

  async function expectNothingWritten() {
    expect(await sut.db.prisma.visit.count()).toBe(0);
    expect(await sut.db.prisma.issue.count()).toBe(0);
    expect(await sut.db.prisma.processedRequest.count()).toBe(0);
  }

  it('refuses a date after today, beside the date, in Chinese', async () => {
    const view = await openFor(WANG);
    const reply = await driver.submit(WANG, view, { ...valid, date: '2026-06-05' });
    expect(reply.body).toEqual({
      response_action: 'errors',
      errors: { [VISIT_BLOCKS.date]: t('zh-CN', 'visit.error.date.in_future', { today: TODAY }) },
    });
    expect(sut.fake.isViewOpen(view.id)).toBe(true);
    await expectNothingWritten();
  });

  it('refuses a cadre’s visit 31 days back, in English, and accepts the same date from dispatch staff', async () => {
    const view = await openFor(ANNA);
    const reply = await driver.submit(ANNA, view, { ...valid, date: '2026-05-04' });
    expect(reply.body?.errors).toEqual({
      [VISIT_BLOCKS.date]: t('en', 'visit.error.date.too_old', { days: 30, earliest: '2026-05-05' }),
    });
    await expectNothingWritten();

    const thirtyBack = await driver.submit(ANNA, await openFor(ANNA), { ...valid, date: '2026-05-05' });
    expect(thirtyBack.body?.response_action).toBe('update');

    const dispatchView = await openFor(ZHANG);
    const dispatch = await driver.submit(ZHANG, dispatchView, { ...valid, date: '2026-05-04' });
    expect(dispatch.body?.response_action).toBe('update');
    const ninetyOne = await driver.submit(ZHANG, await openFor(ZHANG), { ...valid, date: '2026-03-05' });
    expect(ninetyOne.body?.errors).toEqual({
      [VISIT_BLOCKS.date]: t('zh-CN', 'visit.error.date.too_old', { days: 90, earliest: '2026-03-06' }),
    });
  });

  it('refuses an empty summary, a missing mode and an enterprise not in the directory, all at once', async () => {
    const view = await openFor(ANNA);
    const reply = await driver.submit(ANNA, view, {
      ...valid,
      enterpriseId: '999999',
      summary: '   ',
      mode: undefined,
    });
    expect(reply.body?.response_action).toBe('errors');
    expect(reply.body?.errors).toEqual({
      [VISIT_BLOCKS.summary]: t('en', 'visit.error.summary.required'),
      [VISIT_BLOCKS.mode]: t('en', 'visit.error.mode.required'),
      [VISIT_BLOCKS.enterprise]: t('en', 'visit.error.enterprise.not_found'),
    });
    const alone = await driver.submit(ANNA, view, { ...valid, enterpriseId: '999999', policies: [424242] });
    expect(alone.body?.errors).toEqual({
      [VISIT_BLOCKS.enterprise]: t('en', 'visit.error.enterprise.not_found'),
      [VISIT_BLOCKS.policies]: t('en', 'visit.error.policies.not_found'),
    });
    const forged = await driver.submit(WANG, await openFor(WANG), { ...valid, enterpriseId: 'DROP TABLE' });
    expect(forged.body?.errors).toEqual({
      [VISIT_BLOCKS.enterprise]: t('zh-CN', 'visit.error.enterprise.not_found'),
    });
    await expectNothingWritten();
  });

  it('refuses text over the limits, beside the visit’s and the problem’s fields', async () => {
    const view = await openFor(WANG);
    const { view: withIssue } = await driver.click(WANG, view, 'add');
    const reply = await driver.submit(WANG, withIssue, {
      ...valid,
      summary: '长'.repeat(3001),
      issues: { 1: { title: '题'.repeat(201), category: 'financing', outcome: 'keep' } },
    });
    expect(reply.body?.errors).toEqual({
      [VISIT_BLOCKS.summary]: t('zh-CN', 'visit.error.too_long', { max: 3000, length: 3001 }),
      [issueBlockId(1, 'title')]: t('zh-CN', 'visit.error.too_long', { max: 200, length: 201 }),
    });
    await expectNothingWritten();
  });

  it('asks for a problem’s title, category, outcome and — resolved on the spot or handed up — its note', async () => {
    const view = await openFor(ANNA);
    await driver.click(ANNA, view, 'add');
    const { view: form } = await driver.click(ANNA, view, 'add');
    const reply = await driver.submit(ANNA, form, {
      ...valid,
      issues: {
        1: { title: ' ', outcome: '' },
        2: { title: 'Heating pipes', category: 'utilities_infrastructure', outcome: 'hand_to_dispatch' },
      },
    });
    expect(reply.body?.errors).toEqual({
      [issueBlockId(1, 'title')]: t('en', 'visit.error.issue.title.required'),
      [issueBlockId(1, 'category')]: t('en', 'visit.error.required'),
      [issueBlockId(1, 'outcome')]: t('en', 'visit.error.issue.outcome.required'),
      [issueBlockId(2, 'note')]: t('en', 'visit.error.issue.note.required'),
    });
    await expectNothingWritten();
  });

  it('tells a user removed from the directory since opening the form, and keeps the form', async () => {
    const view = await openFor(ANNA);
    const leaving = { slackUserId: ANNA };
    await sut.db.prisma.cadre.updateMany({ where: leaving, data: { active: false } });
    try {
      const reply = await driver.submit(ANNA, view, valid);
      expect(reply.body).toEqual({
        response_action: 'errors',
        errors: { [VISIT_BLOCKS.summary]: t('en', 'errors.not_in_directory') },
      });
      await expectNothingWritten();
    } finally {
      await sut.db.prisma.cadre.updateMany({ where: leaving, data: { active: true } });
    }
  });
});
