import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import { viewProblems } from '../../../src/sandbox/slack-api/rules/payloads.ts';
import { FIRST_PAGES } from '../../../src/services/home-service.ts';
import { fitHome, HOME_BLOCK_LIMIT, homeView } from '../../../src/slack/views/home/home-view.ts';
import { decodePages } from '../../../src/slack/views/home/page-state.ts';
import type { Block } from '../../support/home-driver.ts';
import { emptyCadreModel, page, worstCaseModel } from './model.ts';

const headers = (blocks: Block[]) => blocks.filter((b) => b.type === 'header').map((b) => b.text?.text);

describe('homeView', () => {
  it('keeps every role’s full pages of the longest texts within Slack’s rules for a Home tab', () => {
    // '&' is the worst filler: escaping makes each one five characters long.
    for (const [locale, filler] of [
      ['zh-CN', '长'],
      ['en', 'x'],
      ['en', '&'],
      ['zh-CN', '<>'],
    ] as const) {
      const view = homeView(locale, worstCaseModel(filler));
      expect(view.blocks.length).toBeLessThanOrEqual(HOME_BLOCK_LIMIT);
      // The fake Slack's own checks: block count, text lengths, button values, unique block ids.
      expect(viewProblems(view, 'home')).toEqual([]);
      // Nothing was cut by the last-resort guard: the design fits by itself.
      expect(JSON.stringify(view.blocks)).not.toContain(t(locale, 'home.truncated'));
      expect(headers(view.blocks as Block[])).toHaveLength(1 + 7);
    }
  });

  it('escapes every text that came from a user or an import', () => {
    const json = JSON.stringify(homeView('en', worstCaseModel()).blocks);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<@U0BOSS0001>');
    expect(json).toContain('&lt;!channel&gt; &amp; &lt;@U0BOSS0001&gt;');
  });

  it('cuts long texts before escaping, so no entity is ever split', () => {
    const model = emptyCadreModel();
    model.cadre.owned = page('owned', [
      {
        id: 1,
        title: '&'.repeat(500),
        urgency: 'normal',
        status: 'in_progress',
        subject: null,
        dueDate: null,
        extensionPending: false,
        overdue: false,
      },
    ]);
    const row = (homeView('en', model).blocks as Block[]).find((b) => b.accessory)?.text?.text ?? '';
    const title = row.split('\n')[0] as string;
    expect(title).toMatch(/^\*#1\* (&amp;)+…$/);
  });

  it('shows a plain cadre all four lists, with a note where one is empty', () => {
    const blocks = homeView('zh-CN', emptyCadreModel()).blocks as Block[];
    expect(headers(blocks)).toEqual([
      '助企工作台',
      '我负责的未办结问题（0）',
      '待您登记企业反馈的问题（0）',
      '我包保的企业（0）',
      '我的近期走访（0）',
    ]);
    const notes = blocks.filter((b) => b.type === 'context').map((b) => b.elements?.[0]?.text);
    expect(notes).toEqual(
      expect.arrayContaining([
        t('zh-CN', 'home.owned.empty'),
        t('zh-CN', 'home.found.empty'),
        t('zh-CN', 'home.enterprises.empty'),
        t('zh-CN', 'home.visits.empty'),
      ]),
    );
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('leaves out the empty cadre lists of someone whose Home leads with another role', () => {
    const model = { ...emptyCadreModel(), figures: worstCaseModel().figures };
    model.cadre.visits = page('visits', [
      {
        id: 1,
        enterpriseName: '长春高新',
        visitDate: '2026-11-20' as never,
        mode: 'meeting',
        summary: '座谈',
      },
    ]);
    expect(headers(homeView('zh-CN', model).blocks as Block[])).toEqual([
      '助企工作台',
      '全区概况',
      '我的近期走访（1）',
    ]);
  });

  it('names in each "more" button the page state it leads to, other lists unchanged', () => {
    const model = worstCaseModel();
    model.cadre.owned.page = 2;
    model.cadre.owned.items = model.cadre.owned.items.slice(0, 3);
    const requested = { ...FIRST_PAGES, owned: 2, visits: 1 };
    model.cadre.visits.page = 1;
    const actions = (homeView('en', model, requested).blocks as Block[]).filter((b) => b.type === 'actions');
    const owned = actions.find((b) => b.block_id === 'home.paging.owned');
    const buttons = owned?.elements as Block[];
    expect(buttons.map((b) => b.action_id)).toEqual(['home.page.previous', 'home.page.next']);
    expect(decodePages(buttons[0]?.value)).toEqual({ ...requested, owned: 1 });
    expect(decodePages(buttons[1]?.value)).toEqual({ ...requested, owned: 3 });
    // Every list's paging block has its own block id.
    expect(new Set(actions.map((b) => b.block_id)).size).toBe(actions.length);
  });

  it('follows the page the service served when it differs from the one asked for', () => {
    const model = emptyCadreModel();
    model.cadre.owned = {
      ...page(
        'owned',
        [
          {
            id: 1,
            title: 'x',
            urgency: 'normal',
            status: 'in_progress',
            subject: null,
            dueDate: null,
            extensionPending: false,
            overdue: false,
          },
        ],
        11,
      ),
      page: 1,
    };
    const blocks = homeView('en', model, { ...FIRST_PAGES, owned: 7 }).blocks as Block[];
    const previous = blocks.find((b) => b.block_id === 'home.paging.owned')?.elements?.[0];
    expect(previous?.action_id).toBe('home.page.previous');
    expect(decodePages(previous?.value).owned).toBe(0);
  });
});

describe('fitHome', () => {
  const block = (i: number): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: String(i) } });

  it('leaves a Home within the limit alone', () => {
    const blocks = Array.from({ length: 100 }, (_, i) => block(i));
    expect(fitHome('en', blocks)).toBe(blocks);
  });

  it('cuts an oversized Home to the limit and says so', () => {
    const fitted = fitHome(
      'zh-CN',
      Array.from({ length: 150 }, (_, i) => block(i)),
    );
    expect(fitted).toHaveLength(100);
    expect(fitted.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: t('zh-CN', 'home.truncated') }],
    });
  });
});
