// The issue flows' catalog entries, beyond the generic key-set test (test/unit/i18n.test.ts): every
// word of the vocabulary and every error the domain can raise has a message, and each message is
// really written in its language (not an English placeholder left in the Chinese catalog).
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, FIELD_RULES } from '../../../src/domain/errors.ts';
import {
  FEEDBACK_VERDICTS,
  HISTORY_MOVES,
  ISSUE_CATEGORIES,
  ISSUE_LEVELS,
  ISSUE_STATUSES,
  MOVES,
  URGENCIES,
  WITHDRAW_REASONS,
} from '../../../src/domain/issues/index.ts';
import { catalogs } from '../../../src/i18n/index.ts';
import { errors } from '../../../src/i18n/messages/errors.ts';
import { issueForms } from '../../../src/i18n/messages/issue-forms.ts';
import { issueNotices } from '../../../src/i18n/messages/issue-notices.ts';
import { issues } from '../../../src/i18n/messages/issues.ts';

const ours = { ...errors, ...issues, ...issueForms, ...issueNotices };
const keys = Object.keys(ours) as (keyof typeof ours)[];
const HAN = /\p{Script=Han}/u;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Messages that are the same in both languages on purpose (a numbered line pattern, no words). */
const LANGUAGE_NEUTRAL = new Set(['issue.card.plan_step', 'issue.card.history_line']);

describe('issue and error messages', () => {
  it('exist for every error code and every field rule the domain raises', () => {
    for (const code of ERROR_CODES) expect(catalogs.en, code).toHaveProperty(`errors.${code}`);
    for (const rule of FIELD_RULES) expect(ours, rule).toHaveProperty(`errors.field.${rule}`);
  });

  it('name every status, level, category, urgency, verdict, withdrawal reason, move and history entry', () => {
    const expected = [
      ...ISSUE_STATUSES.map((s) => `issue.status.${s}`),
      ...ISSUE_LEVELS.map((l) => `issue.level.${l}`),
      ...ISSUE_CATEGORIES.map((c) => `issue.category.${c}`),
      ...URGENCIES.map((u) => `issue.urgency.${u}`),
      ...FEEDBACK_VERDICTS.map((v) => `issue.verdict.${v}`),
      ...WITHDRAW_REASONS.map((r) => `issue.withdraw_reason.${r}`),
      ...MOVES.map((m) => `issue.button.${m}`),
      ...HISTORY_MOVES.map((m) => `issue.history.${m}`),
    ];
    for (const key of expected) expect(ours, key).toHaveProperty(key);
  });

  it('are Chinese in zh-CN and English in en, with the same placeholders', () => {
    for (const key of keys) {
      const { 'zh-CN': zh, en } = ours[key];
      expect(placeholders(zh), key).toEqual(placeholders(en));
      if (LANGUAGE_NEUTRAL.has(key)) continue;
      expect(HAN.test(zh), `${key} (zh-CN): ${zh}`).toBe(true);
      expect(HAN.test(en), `${key} (en): ${en}`).toBe(false);
      expect(zh, key).not.toBe(en);
    }
  });

  it('fit Slack’s limits where they become modal titles and buttons', () => {
    const length = (s: string) => [...s].length;
    for (const key of keys.filter((k) => k.startsWith('issue.form.title.'))) {
      const { 'zh-CN': zh, en } = ours[key];
      // `{id}` grows by a few digits at most.
      expect(length(zh.replace('{id}', '99999')), key).toBeLessThanOrEqual(24);
      expect(length(en.replace('{id}', '99999')), key).toBeLessThanOrEqual(24);
    }
    for (const key of keys.filter(
      (k) => k.startsWith('issue.button.') || k.startsWith('issue.form.outcome.'),
    )) {
      expect(length(ours[key].en), key).toBeLessThanOrEqual(75);
    }
  });
});
