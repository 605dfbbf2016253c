import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEADLINE_SETTINGS,
  deadlineSettingsSchema,
} from '../../../src/domain/deadlines/deadline-settings.ts';

describe('deadlineSettingsSchema', () => {
  it('defaults to the rules of domain.md', () => {
    expect(DEFAULT_DEADLINE_SETTINGS).toEqual({
      workingDays: { self: 5, team: 5, function_group: 10, city: 20 },
      urgentDivisor: 2,
      workingHours: { start: '09:00', end: '18:00' },
      ladder: { headsUpDays: 1, escalateGroupAt: 3, escalateTeamAt: 5, escalateLeaderAt: 10 },
    });
  });

  it('fills what a partial setting leaves out', () => {
    const settings = deadlineSettingsSchema.parse({
      workingDays: { city: 30 },
      workingHours: { end: '17:30' },
      ladder: { headsUpDays: 0 },
    });
    expect(settings.workingDays).toEqual({ self: 5, team: 5, function_group: 10, city: 30 });
    expect(settings.workingHours).toEqual({ start: '09:00', end: '17:30' });
    expect(settings.ladder).toEqual({
      headsUpDays: 0,
      escalateGroupAt: 3,
      escalateTeamAt: 5,
      escalateLeaderAt: 10,
    });
  });

  it('refuses nonsense', () => {
    const bad = [
      { workingDays: { self: 0 } },
      { workingDays: { team: 2.5 } },
      { urgentDivisor: 0.5 },
      { workingHours: { start: '18:00', end: '09:00' } },
      { ladder: { escalateGroupAt: 6 } },
      { ladder: { escalateLeaderAt: 4 } },
      { ladder: { headsUpDays: -1 } },
    ];
    for (const input of bad)
      expect(deadlineSettingsSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
  });

  it('allows rungs to coincide', () => {
    const ladder = { escalateGroupAt: 5, escalateTeamAt: 5, escalateLeaderAt: 5 };
    expect(deadlineSettingsSchema.parse({ ladder }).ladder).toMatchObject(ladder);
  });
});
