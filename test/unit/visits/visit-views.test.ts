// The visit views are pure: checked here against the fake Slack's own Block Kit rules.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors.ts';
import { t } from '../../../src/i18n/index.ts';
import { viewProblems } from '../../../src/sandbox/slack-api/rules/payloads.ts';
import { issueBlockId, VISIT_BLOCKS } from '../../../src/slack/ids/visit.ts';
import { visitFieldErrors } from '../../../src/slack/views/visit/errors.ts';
import {
  emptyIssue,
  emptyVisitForm,
  readVisitForm,
  type StateValues,
  toVisitDraft,
} from '../../../src/slack/views/visit/form.ts';
import { loggedVisitView } from '../../../src/slack/views/visit/logged.ts';
import { decodeVisitMeta, encodeVisitMeta, newVisitMeta } from '../../../src/slack/views/visit/metadata.ts';
import { visitModal } from '../../../src/slack/views/visit/modal.ts';
import { enterpriseOptions, enterpriseOptionText } from '../../../src/slack/views/visit/options.ts';
import { mrkdwnTexts } from '../../support/visit-driver.ts';

const long = (n: number) => '长'.repeat(n);

describe('the visit modal', () => {
  it('stays within Slack’s limits with five problems filled to the brim', () => {
    const form = emptyVisitForm('2026-06-04', long(3000));
    form.enterprise = {
      value: '1',
      text: enterpriseOptionText({ name: long(200), shortName: null, creditCode: '91220101MA14XY2Q3K' }),
    };
    form.issues = [1, 2, 3, 4, 5].map((slot) => ({
      ...emptyIssue(slot),
      title: long(200),
      description: long(3000),
      note: long(3000),
      category: 'financing',
      outcome: 'keep',
    }));
    const meta = { ...newVisitMeta(long(100), 'zh-CN'), nextSlot: 6, confirmed: '1@2026-06-04' };
    const duplicate = {
      enterprise: long(200),
      date: '2026-06-04',
      earlier: Array.from({ length: 5 }, () => ({
        time: '09:30',
        mode: 'on_site' as const,
        summary: long(3000),
      })),
    };
    for (const locale of ['zh-CN', 'en'] as const) {
      const view = visitModal({
        locale,
        form,
        meta,
        duplicate,
        prefill: { kind: 'ambiguous', query: long(100), count: 100 },
      });
      expect(viewProblems(view, 'modal')).toEqual([]);
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      expect(view.private_metadata?.length).toBeLessThanOrEqual(3000);
    }
  });

  it('reads back what it shows: rebuilding from Slack’s state keeps every value', () => {
    const meta = { ...newVisitMeta('', 'en'), slots: [2], nextSlot: 3 };
    const values: StateValues = {
      [VISIT_BLOCKS.enterprise]: {
        'visit.enterprise.search': { selected_option: { value: '9', text: { text: '春城热力' } } },
      },
      [VISIT_BLOCKS.date]: { value: { selected_date: '2026-06-01' } },
      [VISIT_BLOCKS.mode]: { value: { selected_option: { value: 'video' } } },
      [VISIT_BLOCKS.companions]: { value: { selected_users: ['U0A'] } },
      [VISIT_BLOCKS.summary]: { value: { value: '谈了供热' } },
      [VISIT_BLOCKS.policies]: {
        'visit.policies.search': { selected_options: [{ value: '4', text: { text: '补贴' } }] },
      },
      [VISIT_BLOCKS.flags]: { value: { selected_options: [{ value: 'investment_to_count' }] } },
      [issueBlockId(2, 'title')]: { value: { value: '缺工' } },
      [issueBlockId(2, 'category')]: { value: { selected_option: { value: 'labour_hiring' } } },
      [issueBlockId(2, 'outcome')]: { value: { selected_option: { value: 'keep' } } },
    };
    const form = readVisitForm(values, meta);
    expect(toVisitDraft(form)).toEqual({
      enterpriseId: '9',
      date: '2026-06-01',
      mode: 'video',
      companionSlackIds: ['U0A'],
      summary: '谈了供热',
      policyIds: ['4'],
      aboveScaleCandidate: false,
      investmentToCount: true,
      issues: [
        {
          slot: 2,
          title: '缺工',
          category: 'labour_hiring',
          urgency: null,
          description: '',
          outcome: 'keep',
          note: '',
        },
      ],
    });
    const view = visitModal({ locale: 'en', form, meta });
    const element = (id: string) =>
      (view.blocks.find((b) => b.block_id === id) as { element: unknown }).element;
    expect(element(VISIT_BLOCKS.enterprise)).toMatchObject({
      initial_option: { value: '9', text: { text: '春城热力' } },
    });
    expect(element(VISIT_BLOCKS.mode)).toMatchObject({ initial_option: { value: 'video' } });
    expect(element(VISIT_BLOCKS.flags)).toMatchObject({
      initial_options: [{ value: 'investment_to_count' }],
    });
    expect(element(VISIT_BLOCKS.policies)).toMatchObject({ initial_options: [{ value: '4' }] });
    expect(element(issueBlockId(2, 'category'))).toMatchObject({
      initial_option: { value: 'labour_hiring' },
    });
  });
});

describe('private_metadata', () => {
  it('round-trips and tolerates anything forged', () => {
    const meta = {
      query: '热力',
      slots: [1, 3],
      nextSlot: 4,
      confirmed: '3@2026-06-04',
      locale: 'en' as const,
    };
    expect(decodeVisitMeta(encodeVisitMeta(meta))).toEqual(meta);
    expect(decodeVisitMeta('not json')).toEqual({ ...newVisitMeta('', 'en'), locale: null });
    expect(decodeVisitMeta(JSON.stringify({ l: 'fr' })).locale).toBeNull();
    expect(decodeVisitMeta(JSON.stringify({ s: [1, -2, 'x', 1, 2, 3, 4, 5, 6], n: 1 }))).toMatchObject({
      slots: [1, 2, 3, 4, 5],
      nextSlot: 6,
    });
  });
});

describe('field errors', () => {
  it('land beside the right block in the user’s language, most specific message first', () => {
    const error = AppError.validation([
      { field: 'date', rule: 'in_future', params: { today: '2026-06-04' } },
      { field: 'issues.3.note', rule: 'required' },
      { field: 'issues.3.category', rule: 'required' },
      { field: 'issues.4.outcome', rule: 'outside_unit' },
      { field: 'policies', rule: 'too_many', params: { max: 20 } },
    ]);
    expect(visitFieldErrors('en', error)).toEqual({
      [VISIT_BLOCKS.date]: t('en', 'visit.error.date.in_future', { today: '2026-06-04' }),
      [issueBlockId(3, 'note')]: t('en', 'visit.error.issue.note.required'),
      [issueBlockId(3, 'category')]: t('en', 'visit.error.required'),
      [issueBlockId(4, 'outcome')]: t('en', 'visit.error.issue.outcome.outside_unit'),
      [VISIT_BLOCKS.policies]: t('en', 'visit.error.too_many', { max: 20 }),
    });
  });
});

describe('options and the logged view', () => {
  it('group the cadre’s own firms apart; plain options when there are none', () => {
    const own = { id: 1, name: '甲', shortName: null, creditCode: null, own: true };
    const other = { id: 2, name: '乙', shortName: '乙方', creditCode: null, own: false };
    expect(enterpriseOptions('en', [own, other])).toEqual({
      option_groups: [
        {
          label: { type: 'plain_text', text: 'My enterprises' },
          options: [{ text: { type: 'plain_text', text: '甲' }, value: '1' }],
        },
        {
          label: { type: 'plain_text', text: 'Other enterprises' },
          options: [{ text: { type: 'plain_text', text: '乙（乙方）' }, value: '2' }],
        },
      ],
    });
    expect(enterpriseOptions('en', [other])).toEqual({
      options: [{ text: { type: 'plain_text', text: '乙（乙方）' }, value: '2' }],
    });
  });

  it('shows back the summary and titles escaped, and valid within limits', () => {
    const view = loggedVisitView('zh-CN', {
      visitId: 1,
      enterpriseName: '<!everyone> 公司',
      date: '2026-06-04',
      mode: 'phone',
      summary: `<!channel> ${long(3000)}`,
      companionSlackIds: ['U0A1B2C3', '<!here>'],
      policyCount: 2,
      issues: [{ slot: 1, issueId: 7, outcome: 'keep', title: '<@U123> 缺工', dueDate: '2026-06-11' }],
    });
    expect(viewProblems(view, 'modal')).toEqual([]);
    const text = mrkdwnTexts(view).join('\n');
    expect(text).not.toMatch(/<!(channel|everyone|here)>|<@U123>/);
    expect(text).toContain('<@U0A1B2C3>');
    expect(text).toContain(t('zh-CN', 'visit.result.coverage.contact'));
    expect(text).toContain('2026-06-11');
  });
});
