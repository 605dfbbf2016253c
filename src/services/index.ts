// The application services one process uses, built from its database client. Slack listeners and
// job processors reach everything through this object. A feature adds its service here.
import type { WorkingCalendar } from '../calendar/index.ts';
import type { DeadlineSettings } from '../domain/deadlines/index.ts';
import { type AckQueries, prismaAckQueries } from '../persistence/ack-queries.ts';
import { loadWorkingCalendar } from '../persistence/calendar/calendar-repository.ts';
import { createOrgRepository, type OrgRepository } from '../persistence/org/org-repository.ts';
import type { Db } from '../persistence/prisma.ts';
import { loadDeadlineSettings } from '../persistence/settings/settings-repository.ts';
import { cached } from './cached.ts';
import { createDigestService, type DigestService } from './digests/digest-service.ts';
import { createHomeService, type HomeService } from './home-service.ts';
import { createIssueService, type IssueService } from './issue-service.ts';
import { createIssueViews, type IssueViews } from './issue-views.ts';
import { createReminderService, type ReminderService } from './reminders/index.ts';
import { createVisitService, type VisitService } from './visit-service.ts';
import { createVisitWrites, type VisitWrites } from './visit-writes.ts';

export interface ServiceOptions {
  db: Db;
  /** Reads done before a Slack ack, on a pool of their own (wiring.ts); default: through `db`. */
  ackQueries?: AckQueries;
  timeZone: string;
  clock: () => Date;
  /** How long the calendar and settings are reused before being read again (default 30 s). */
  cacheMs?: number;
}

export interface AppServices {
  db: Db;
  timeZone: string;
  clock: () => Date;
  org: OrgRepository;
  calendar: () => Promise<WorkingCalendar>;
  settings: () => Promise<DeadlineSettings>;
  issues: IssueService;
  issueViews: IssueViews;
  visits: VisitService;
  visitWrites: VisitWrites;
  home: HomeService;
  digests: DigestService;
  reminders: ReminderService;
}

export function createServices(options: ServiceOptions): AppServices {
  const { db, timeZone, clock } = options;
  const ttl = options.cacheMs ?? 30_000;
  const org = createOrgRepository(db);
  const calendar = cached(() => loadWorkingCalendar(db), ttl);
  const settings = cached(() => loadDeadlineSettings(db), ttl);
  const issues = createIssueService({ db, org, clock, timeZone, calendar, settings });
  const ackQueries = options.ackQueries ?? prismaAckQueries(db);
  return {
    db,
    timeZone,
    clock,
    org,
    calendar,
    settings,
    issues,
    issueViews: createIssueViews({ db, org, clock, issues }),
    visits: createVisitService({
      db,
      ackQueries,
      issues,
      clock,
      timeZone,
    }),
    visitWrites: createVisitWrites({ db, clock }),
    home: createHomeService({ db, clock, timeZone }),
    digests: createDigestService({ db, timeZone, calendar, settings }),
    reminders: createReminderService({ db, org, clock, timeZone, calendar, settings }),
  };
}
