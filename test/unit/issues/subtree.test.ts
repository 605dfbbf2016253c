import { describe, expect, it } from 'vitest';
import { placeOnServiceLine } from '../../../src/domain/issues/index.ts';
import { isInSubtree } from '../../../src/domain/org/subtree.ts';
import { cast, G1, G4, T1 } from './cast.ts';

const { finder, groupMate, teamMate, stranger, headG1, headT1, leaderT1, headG4 } = cast;

describe('isInSubtree', () => {
  it('a group head reaches their group only', () => {
    expect(isInSubtree(headG1, finder)).toBe(true);
    expect(isInSubtree(headG1, teamMate)).toBe(false);
  });

  it('a team head and the district leader reach every group of the team', () => {
    for (const head of [headT1, leaderT1]) {
      expect(isInSubtree(head, finder)).toBe(true);
      expect(isInSubtree(head, teamMate)).toBe(true);
      expect(isInSubtree(head, stranger)).toBe(false);
    }
  });

  it('a plain cadre reaches nobody, not even a group mate', () => {
    expect(isInSubtree(finder, groupMate)).toBe(false);
  });

  it('a cadre in two teams is under both', () => {
    const twoTeams = { ...stranger, groupIds: [G4, G1], teamIds: [3, T1] };
    expect(isInSubtree(headG1, twoTeams)).toBe(true);
    expect(isInSubtree(headG4, twoTeams)).toBe(true);
  });
});

describe('placeOnServiceLine', () => {
  it('follows the finder order of units for a cadre in several', () => {
    const finderIn2 = { groupIds: [G4, G1], teamIds: [3, T1] };
    expect(placeOnServiceLine(finder.cadreId, finderIn2, groupMate)).toEqual({
      level: 'self',
      ownerUnitId: G1,
    });
    expect(placeOnServiceLine(finder.cadreId, finderIn2, finder)).toEqual({ level: 'self', ownerUnitId: G4 });
    expect(placeOnServiceLine(finder.cadreId, finderIn2, headT1)).toEqual({ level: 'team', ownerUnitId: T1 });
    expect(placeOnServiceLine(finder.cadreId, finderIn2, cast.fgMate)).toBeNull();
  });
});
