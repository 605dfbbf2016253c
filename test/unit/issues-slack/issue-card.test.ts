// The issue card as a pure view: the buttons follow the issue's state (not the viewer), user text is
// escaped wherever Slack reads mrkdwn, and the card stays inside Slack's limits.
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { IssueCardData } from '../../../src/persistence/issues/issue-card-data.ts';
import { cardMoves, issueCardBlocks, issueCardText } from '../../../src/slack/views/issues/card.ts';

const person = (cadreId: number, name: string) => ({ cadreId, name, slackUserId: `U${cadreId}` });

function card(over: Partial<IssueCardData> = {}): IssueCardData {
  return {
    id: 7,
    version: 3,
    title: '供热管网改造',
    description: '',
    category: 'utilities_infrastructure',
    urgency: 'normal',
    status: 'in_progress',
    level: 'self',
    dueDate: '2026-03-09',
    subject: { kind: 'enterprise', name: '长春市春城热力有限公司' },
    finder: person(1, '李伟'),
    owner: person(2, '王芳'),
    ownerUnitName: '第一服务组',
    resolvedOnSpot: false,
    duplicateOfId: null,
    reportBackDue: false,
    planSteps: [],
    pendingExtension: null,
    history: [],
    historyTotal: 0,
    ...over,
  };
}

const opts = { timeZone: 'Asia/Shanghai', today: '2026-03-02' };
const actionIds = (blocks: KnownBlock[]) =>
  blocks.flatMap((b) =>
    b.type === 'actions' ? b.elements.map((e) => (e as { action_id: string }).action_id) : [],
  );

describe('the issue card', () => {
  it('offers the moves of the state, for whoever looks', () => {
    expect(cardMoves(card())).toEqual([
      'resolve',
      'defer',
      'hand_to_dispatch',
      'request_extension',
      'reassign',
      'withdraw',
    ]);
    expect(cardMoves(card({ status: 'awaiting_dispatch', owner: null, dueDate: null }))).toEqual([
      'route',
      'withdraw',
    ]);
    expect(cardMoves(card({ status: 'resolved', dueDate: null }))).toEqual(['close_out', 'withdraw']);
    expect(cardMoves(card({ status: 'closed', dueDate: null }))).toEqual([]);
    expect(cardMoves(card({ level: 'function_group' }))).toContain('return_misrouted');
    expect(cardMoves(card({ level: 'function_group' }))).not.toContain('hand_to_dispatch');
    const pending = { requestedBy: person(2, '王芳'), requestedDue: '2026-03-20', reason: '等材料' };
    expect(cardMoves(card({ pendingExtension: pending }))).toContain('decide_extension');
    expect(cardMoves(card({ pendingExtension: pending }))).not.toContain('request_extension');
  });

  it('carries each move as the stable issue button with the issue id as value', () => {
    const blocks = issueCardBlocks(card({ reportBackDue: true }), 'en', opts);
    expect(actionIds(blocks)).toContain('issue.move.resolve');
    expect(actionIds(blocks)).toContain('issue.enterprise_informed');
    const actions = blocks.find((b) => b.type === 'actions');
    expect(
      actions?.type === 'actions' && actions.elements.every((e) => (e as { value: string }).value === '7'),
    ).toBe(true);
  });

  it('escapes what users typed wherever Slack reads mrkdwn', () => {
    const evil = '<!channel> <@U1> <http://x|y> & co';
    const blocks = issueCardBlocks(
      card({
        title: evil,
        description: evil,
        subject: { kind: 'project', name: evil },
        owner: person(2, evil),
        status: 'deferred',
        planSteps: [{ seq: 1, description: evil, dueDate: '2026-03-20', done: false }],
        history: [
          { at: new Date('2026-03-02T02:00:00Z'), actor: person(1, evil), kind: 'defer', comment: evil },
        ],
        historyTotal: 1,
      }),
      'zh-CN',
      opts,
    );
    const mrkdwn = JSON.stringify(blocks.filter((b) => b.type !== 'header'));
    expect(mrkdwn).not.toMatch(/<!channel>|<@U1>|<http/);
    expect(mrkdwn).toContain('&lt;!channel&gt;');
    expect(issueCardText(card({ title: evil }), 'en')).not.toContain('<!channel>');
  });

  it('marks an overdue date and shows the history in the district’s time', () => {
    const blocks = issueCardBlocks(
      card({
        dueDate: '2026-02-27',
        history: [
          { at: new Date('2026-03-02T02:05:00Z'), actor: person(1, '李伟'), kind: 'keep', comment: null },
        ],
        historyTotal: 9,
      }),
      'en',
      opts,
    );
    const text = JSON.stringify(blocks);
    expect(text).toContain('2026-02-27 (overdue)');
    expect(text).toContain('2026-03-02 10:05');
    expect(text).toContain('8 earlier entries');
  });

  it('stays inside Slack’s limits with long texts', () => {
    const long = '长'.repeat(5000);
    const blocks = issueCardBlocks(card({ title: long, description: long }), 'zh-CN', opts);
    expect(blocks.length).toBeLessThanOrEqual(50);
    const header = blocks[0];
    expect(header?.type === 'header' && [...header.text.text].length).toBeLessThanOrEqual(150);
    for (const b of blocks) {
      if (b.type === 'section' && b.text) expect([...b.text.text].length).toBeLessThanOrEqual(3000);
    }
  });
});
