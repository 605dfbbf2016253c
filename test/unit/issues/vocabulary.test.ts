import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_VERDICTS,
  HISTORY_MOVES,
  ISSUE_CATEGORIES,
  ISSUE_LEVELS,
  ISSUE_STATUSES,
  isLocalDate,
  URGENCIES,
} from '../../../src/domain/issues/index.ts';
import { CADRE_RANKS, ROLES, UNIT_KINDS } from '../../../src/domain/org/people.ts';
import * as prisma from '../../../src/generated/prisma/enums.ts';

// The domain mirrors the database enums instead of importing the generated client: keep them equal.
describe('the domain vocabulary mirrors prisma/schema.prisma', () => {
  it.each([
    ['IssueStatus', ISSUE_STATUSES, prisma.IssueStatus],
    ['IssueLevel', ISSUE_LEVELS, prisma.IssueLevel],
    ['IssueMove', HISTORY_MOVES, prisma.IssueMove],
    ['IssueCategory', ISSUE_CATEGORIES, prisma.IssueCategory],
    ['Urgency', URGENCIES, prisma.Urgency],
    ['FeedbackVerdict', FEEDBACK_VERDICTS, prisma.FeedbackVerdict],
    ['Role', ROLES, prisma.Role],
    ['CadreRank', CADRE_RANKS, prisma.CadreRank],
    ['UnitKind', UNIT_KINDS, prisma.UnitKind],
  ] as const)('%s', (_name, mirror, generated) => {
    expect([...mirror]).toEqual(Object.values(generated));
  });
});

describe('isLocalDate', () => {
  it('accepts real dates written YYYY-MM-DD only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-6-3')).toBe(false);
    expect(isLocalDate('2025-06-03T00:00')).toBe(false);
  });
});
