import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { asLocalDate } from '../../../src/calendar/index.ts';
import type { Locale } from '../../../src/i18n/index.ts';
import { ISSUE_ACTIONS, issueMoveActionId } from '../../../src/slack/ids/issue-actions.ts';
import { type ReminderItem, reminderMessage } from '../../../src/slack/views/reminders/reminder-message.ts';

const item = (over: Partial<ReminderItem> = {}): ReminderItem => ({
  issueId: 1,
  kind: 'overdue',
  title: '供热管网改造审批',
  subject: '春城热力',
  status: 'in_progress',
  state: 'active',
  due: asLocalDate('2026-10-09'),
  overdueDays: 3,
  ownerName: '张伟',
  snoozedUntil: null,
  ...over,
});

const render = (items: ReminderItem[], locale: Locale = 'en') =>
  reminderMessage({
    locale,
    timeZone: 'Asia/Shanghai',
    localDate: asLocalDate('2026-10-13'),
    recipientName: 'Li',
    items,
  });

const actionsOf = (blocks: KnownBlock[], issueId: number, kind: string) => {
  const block = blocks.find((b) => b.block_id === `reminder.actions.${kind}.${issueId}`) as
    | { elements: { action_id: string }[] }
    | undefined;
  return block?.elements.map((e) => e.action_id) ?? [];
};

describe('the reminder message', () => {
  it('offers the owner update, resolve, extension and snooze; a head only update', () => {
    const { blocks } = render([
      item(),
      item({ issueId: 2, kind: 'escalate_team' }),
      item({ issueId: 3, status: 'deferred' }),
    ]);
    expect(actionsOf(blocks, 1, 'overdue')).toEqual([
      ISSUE_ACTIONS.open,
      issueMoveActionId('resolve'),
      issueMoveActionId('request_extension'),
      ISSUE_ACTIONS.snooze,
    ]);
    // A deferred issue's dates are its plan: no extension.
    expect(actionsOf(blocks, 3, 'overdue')).toEqual([
      ISSUE_ACTIONS.open,
      issueMoveActionId('resolve'),
      ISSUE_ACTIONS.snooze,
    ]);
    expect(actionsOf(blocks, 2, 'escalate_team')).toEqual([ISSUE_ACTIONS.open]);
  });

  it('asks the finder to report back, with the "enterprise informed" button', () => {
    const { blocks } = render([item({ kind: 'report_back', due: null, overdueDays: 0 })]);
    expect(actionsOf(blocks, 1, 'report_back')).toEqual([
      ISSUE_ACTIONS.enterpriseInformed,
      ISSUE_ACTIONS.open,
    ]);
  });

  it('lists own work first, the most overdue first, then what the person supervises', () => {
    const { blocks } = render([
      item({ issueId: 5, kind: 'escalate_group' }),
      item({ issueId: 4, kind: 'heads_up', due: asLocalDate('2026-10-14'), overdueDays: 0 }),
      item({ issueId: 3, kind: 'overdue', due: asLocalDate('2026-10-09') }),
      item({ issueId: 2, kind: 'overdue', due: asLocalDate('2026-09-30') }),
      item({ issueId: 1, kind: 'due', due: asLocalDate('2026-10-13'), overdueDays: 0 }),
    ]);
    const order = blocks.flatMap((b) =>
      /^reminder\.[a-z_]+\.\d+$/.test(b.block_id ?? '') ? [b.block_id] : [],
    );
    expect(order).toEqual([
      'reminder.overdue.2',
      'reminder.overdue.3',
      'reminder.due.1',
      'reminder.heads_up.4',
      'reminder.escalate_group.5',
    ]);
  });

  it('stays within 50 blocks however many issues, and says how many are not shown', () => {
    const many = Array.from({ length: 60 }, (_, i) => item({ issueId: i + 1 }));
    for (const locale of ['en', 'zh-CN'] as const) {
      const { blocks } = render(many, locale);
      expect(blocks.length).toBeLessThanOrEqual(50);
      const shown = blocks.filter((b) => /^reminder\.overdue\.\d+$/.test(b.block_id ?? '')).length;
      const last = JSON.stringify(blocks.at(-1));
      expect(last).toContain(String(60 - shown));
      expect(shown + (60 - shown)).toBe(60);
      expect(shown).toBeGreaterThanOrEqual(20);
    }
    // Exactly as many as fit: no "more" line.
    const { blocks } = render(Array.from({ length: 3 }, (_, i) => item({ issueId: i + 1 })));
    expect(JSON.stringify(blocks)).not.toContain('more issues');
  });

  it('shows what people typed as text, never as mentions or links', () => {
    const { blocks } = render([item({ title: '<!channel> <@U123> & co', subject: '<http://x|y>' })]);
    const text = JSON.stringify(blocks);
    expect(text).toContain('&lt;!channel&gt; &lt;@U123&gt; &amp; co');
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('&lt;http://x|y&gt;');
  });

  it('is written in the recipient’s language', () => {
    expect(JSON.stringify(render([item()], 'zh-CN').blocks)).toContain('已超期 3 个工作日');
    expect(JSON.stringify(render([item()], 'en').blocks)).toContain('3 working days overdue');
    expect(render([item()], 'zh-CN').text).toContain('1 个问题');
  });

  it('shows an item that moved on since it was sent as a line without buttons', () => {
    const snoozed = item({ state: 'snoozed', snoozedUntil: new Date('2026-10-14T01:00:00Z') });
    const { blocks } = render([snoozed]);
    expect(actionsOf(blocks, 1, 'overdue')).toEqual([]);
    expect(JSON.stringify(blocks)).toContain('Snoozed until 2026-10-14 09:00');
  });
});
