import { z } from 'zod';
import { workingHoursSchema } from '../../calendar/working-hours.ts';

const workingDays = z.int().min(1).max(365);
const overdueDays = z.int().min(1).max(365);

/** Deadlines, working hours and the reminder ladder; every field has the default of domain.md. */
export const deadlineSettingsSchema = z.object({
  /** Working days an issue gets at each level. */
  workingDays: z
    .object({
      self: workingDays.default(5),
      team: workingDays.default(5),
      function_group: workingDays.default(10),
      city: workingDays.default(20),
    })
    .prefault({}),
  /** Urgent issues get ceil(days / urgentDivisor) working days. */
  urgentDivisor: z.number().min(1).default(2),
  /** Reminders go out on working days inside these hours only. */
  workingHours: workingHoursSchema.prefault({}),
  ladder: z
    .object({
      /** Working days before the due date for the heads-up; 0 turns it off. */
      headsUpDays: z.int().min(0).max(30).default(1),
      /** Working days overdue from which the group head (a function group's lead) is told too. */
      escalateGroupAt: overdueDays.default(3),
      escalateTeamAt: overdueDays.default(5),
      /** …and the district leader; the issue is also listed for supervision. */
      escalateLeaderAt: overdueDays.default(10),
    })
    .prefault({})
    .refine((l) => l.escalateGroupAt <= l.escalateTeamAt && l.escalateTeamAt <= l.escalateLeaderAt, {
      message: 'the ladder must escalate to the group, then the team, then the leader',
    }),
});

export type DeadlineSettings = z.output<typeof deadlineSettingsSchema>;
/** What an admin may store: any subset; the rest take the defaults. */
export type DeadlineSettingsInput = z.input<typeof deadlineSettingsSchema>;

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = deadlineSettingsSchema.parse({});
