// The visit modal's selects ask for options over signed block_suggestion requests: the enterprise
// directory (own firms first, Chinese substrings, credit code prefixes) and the policy library.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { VISIT_ACTIONS } from '../../src/slack/ids/visit.ts';
import type { AckBody } from '../support/slack-client.ts';
import { visitDriver } from '../support/visit-driver.ts';
import {
  ANNA,
  seedVisitDistrict,
  VISIT_USERS,
  type VisitDistrict,
  WANG,
  ZHANG,
} from '../support/visit-fixtures.ts';
import { startZhuqiApp, type ZhuqiApp } from '../support/zhuqi-app.ts';

interface Option {
  text: { text: string };
  value: string;
}
interface Group {
  label: { text: string };
  options: Option[];
}

/** The options of an answer, group by group (one unnamed group for plain options). */
function groups(
  body: AckBody | undefined,
): Array<{ label: string | null; values: string[]; texts: string[] }> {
  if (body?.option_groups) {
    return (body.option_groups as Group[]).map((g) => ({
      label: g.label.text,
      values: g.options.map((o) => o.value),
      texts: g.options.map((o) => o.text.text),
    }));
  }
  const options = (body?.options ?? []) as Option[];
  return [{ label: null, values: options.map((o) => o.value), texts: options.map((o) => o.text.text) }];
}

describe('enterprise and policy options of the visit modal', () => {
  let sut: ZhuqiApp;
  let district: VisitDistrict;
  let driver: ReturnType<typeof visitDriver>;
  const id = (key: keyof VisitDistrict['enterprises']) => String(district.enterprises[key]);

  beforeAll(async () => {
    sut = await startZhuqiApp({ users: VISIT_USERS, now: '2026-06-04T10:00:00+08:00' });
    district = await seedVisitDistrict(sut.db.prisma);
    driver = visitDriver(sut);
  });

  afterAll(async () => {
    await sut?.stop();
  });

  it('finds 热力 inside 长春市春城热力有限公司 and lists the cadre’s own firms first, under their own label', async () => {
    const reply = await driver.suggest(WANG, VISIT_ACTIONS.enterprise, '热力');
    expect(reply.status).toBe(200);
    const [own, others] = groups(reply.body);
    expect(own).toMatchObject({ label: t('zh-CN', 'visit.options.own'), values: [id('chuncheng')] });
    expect(others?.label).toBe(t('zh-CN', 'visit.options.others'));
    expect(others?.values.sort()).toEqual([id('heatEquipment'), id('northHeat')].sort());
    expect(own?.texts[0]).toContain('长春市春城热力有限公司');
  });

  it('ranks by whose firm it is: the same query puts another cadre’s own firm first', async () => {
    const reply = await driver.suggest(ANNA, VISIT_ACTIONS.enterprise, '热力');
    const [own, others] = groups(reply.body);
    expect(own).toMatchObject({ label: t('en', 'visit.options.own'), values: [id('heatEquipment')] });
    expect(others?.values).toContain(id('chuncheng'));
  });

  it('finds a credit code by its prefix, and a short name', async () => {
    const prefix = groups((await driver.suggest(ZHANG, VISIT_ACTIONS.enterprise, '91220102')).body);
    expect(prefix.flatMap((g) => g.values).sort()).toEqual([id('food'), id('northHeat')].sort());
    const lower = groups((await driver.suggest(ZHANG, VISIT_ACTIONS.enterprise, '91220101ma14')).body);
    expect(lower.flatMap((g) => g.values)).toEqual([id('chuncheng')]);
    const short = groups((await driver.suggest(ZHANG, VISIT_ACTIONS.enterprise, '北方热力')).body);
    expect(short.flatMap((g) => g.values)).toEqual([id('northHeat')]);
  });

  it('matches words in order regardless of case, and treats % and _ as plain characters', async () => {
    const words = groups((await driver.suggest(ZHANG, VISIT_ACTIONS.enterprise, 'golden BAKERY')).body);
    expect(words.flatMap((g) => g.values)).toEqual([id('bakery')]);
    const wildcard = groups((await driver.suggest(ZHANG, VISIT_ACTIONS.enterprise, '热%')).body);
    expect(wildcard.flatMap((g) => g.values)).toEqual([]);
  });

  it('lists the cadre’s own firms for an empty box, then the rest of the directory', async () => {
    const [own, others] = groups((await driver.suggest(WANG, VISIT_ACTIONS.enterprise, '')).body);
    expect(own?.values.sort()).toEqual([id('chuncheng'), id('food')].sort());
    expect(others?.values).toHaveLength(3);
  });

  it('searches the words of `/visit <text>` when the box is opened empty', async () => {
    const { view } = await driver.open(ZHANG, '热力', { updates: false });
    const reply = await driver.suggest(ZHANG, VISIT_ACTIONS.enterprise, '', view);
    expect(
      groups(reply.body)
        .flatMap((g) => g.values)
        .sort(),
    ).toEqual([id('chuncheng'), id('heatEquipment'), id('northHeat')].sort());
  });

  it('keeps option texts within Slack’s 75 characters, credit code whole', async () => {
    const long = `长春${'超长名称'.repeat(30)}有限公司`;
    const { searchGrams } = await import('../../src/domain/directory/search-grams.ts');
    await sut.db.prisma.enterprise.create({
      data: {
        name: long,
        creditCode: '91220199MA99ZZZZ9Z',
        searchGrams: searchGrams([long, '91220199MA99ZZZZ9Z']),
      },
    });
    const texts = groups((await driver.suggest(ZHANG, VISIT_ACTIONS.enterprise, '超长名称')).body).flatMap(
      (g) => g.texts,
    );
    expect(texts).toHaveLength(1);
    expect([...(texts[0] ?? '')].length).toBeLessThanOrEqual(75);
    expect(texts[0]).toMatch(/… · 91220199MA99ZZZZ9Z$/);
  });

  it('offers the policy library, searchable', async () => {
    const all = groups((await driver.suggest(WANG, VISIT_ACTIONS.policies, '')).body);
    expect(all[0]?.values).toEqual([String(district.policies.heating), String(district.policies.smallFirms)]);
    const found = groups((await driver.suggest(WANG, VISIT_ACTIONS.policies, '供热')).body);
    expect(found[0]?.values).toEqual([String(district.policies.heating)]);
  });
});
