// The digest messages are pure functions of stored figures: Slack's limits hold however long the lists
// and names are, and what users typed is shown as text, never as mentions or links.
import { describe, expect, it } from 'vitest';
import type { DailyFigures, SupervisionFigures } from '../../../src/domain/digests/index.ts';
import { SUPERVISION_LIST_LIMIT } from '../../../src/domain/digests/index.ts';
import { dailyDigestMessage } from '../../../src/slack/views/digests/daily.ts';
import { supervisionMessage } from '../../../src/slack/views/digests/supervision.ts';

const LONG = `<!channel> ${'很长的问题标题'.repeat(40)}`;

function daily(): DailyFigures {
  return {
    v: 1,
    scope: 'function_group:FG-01',
    scopeName: '<b>金融服务组</b>',
    localDate: '2026-06-05',
    comparedWith: { entryId: '1', localDate: '2026-06-04' },
    visits: { assigned: 20_000, visitedOnSite: 19_999, yesterday: 1234, total: 200_000, onSite: 120_000 },
    issues: {
      collected: 100_000,
      newYesterday: 500,
      resolvedOnSpot: 3000,
      keptAtServiceLevel: 10_000,
      awaitingDispatch: 2000,
      sentToFunctionGroups: 55_000,
      sentToCity: 30_000,
      functionGroups: Array.from({ length: 30 }, (_, i) => ({
        code: `FG-${i}`,
        name: `${LONG}${i}`,
        count: i,
      })),
      resolved: 40_000,
      closedOut: 30_000,
      overdue: 25_000,
      oldestOverdue: Array.from({ length: 5 }, (_, i) => ({
        id: i,
        title: LONG,
        dueDate: '2026-01-01',
        overdueDays: 100,
        ownerName: '<@U123>',
        ownerSlackUserId: null,
      })),
      withFeedback: 30_000,
      satisfied: 29_000,
      notInformed: 100,
    },
    projects: {
      keyProjects: 74,
      large: 50,
      largeStartedOrResumed: 34,
      problemsFound: 52,
      problemsSolved: 35,
    },
  };
}

function supervision(): SupervisionFigures {
  const n = SUPERVISION_LIST_LIMIT;
  const list = <T>(make: (i: number) => T) => ({
    total: 1000,
    shown: Array.from({ length: n }, (_, i) => make(i)),
  });
  return {
    v: 1,
    scope: 'district',
    scopeName: null,
    localDate: '2026-06-08',
    comparedWith: null,
    overdue: {
      total: 1000,
      byUnit: list((i) => ({ code: `U${i}`, name: LONG, count: 100, oldestOverdueDays: 1 })),
      byOwner: list(() => ({ name: LONG, slackUserId: null, count: 100, oldestOverdueDays: 30 })),
      escalated: list((i) => ({
        id: i,
        title: LONG,
        overdueDays: 30,
        ownerName: LONG,
        ownerSlackUserId: 'U0OWNER01',
      })),
      escalateAt: 10,
    },
    idleCadres: list(() => ({ name: LONG, slackUserId: null, enterprises: 40, lastOnSiteVisit: null })),
    unclosed: list((i) => ({
      id: i,
      title: LONG,
      resolvedOn: '2026-05-01',
      waitingDays: 20,
      finderName: LONG,
      finderSlackUserId: null,
    })),
  };
}

function checkLimits(message: { text: string; blocks: unknown[] }) {
  expect(message.blocks.length).toBeLessThanOrEqual(50);
  for (const block of message.blocks as {
    type: string;
    text?: { text: string };
    elements?: { text: string }[];
  }[]) {
    const texts = [block.text?.text ?? '', ...(block.elements ?? []).map((e) => e.text)];
    for (const text of texts)
      expect([...text].length).toBeLessThanOrEqual(block.type === 'header' ? 150 : 3000);
  }
  const all = JSON.stringify(message);
  expect(all).not.toContain('<!channel>');
  expect(all).not.toContain('<@U123>');
  expect(all).not.toContain('<b>');
}

describe('digest messages', () => {
  it('keep within Slack limits and escape what users typed, in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      checkLimits(dailyDigestMessage(daily(), daily(), locale));
      checkLimits(supervisionMessage(supervision(), supervision(), locale));
    }
  });

  it('mention owners with a Slack account and count what a list leaves out', () => {
    const zh = JSON.stringify(supervisionMessage(supervision(), null, 'zh-CN').blocks);
    expect(zh).toContain('<@U0OWNER01>');
    expect(zh).toContain('……另有 985 项');
    const en = JSON.stringify(dailyDigestMessage(daily(), null, 'en').blocks);
    expect(en).toContain('24,995 more overdue.');
    expect(en).toContain('100 working days overdue');
  });
});
