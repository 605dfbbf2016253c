import type { RecordByKind } from '../../domain/directory/records.ts';
import { demoEnterprises } from './demo-enterprises.ts';
import { demoOrganisation, TASK_FORCES } from './demo-organisation.ts';
import { demoPolicies } from './demo-policies.ts';
import { demoProjects } from './demo-projects.ts';

export type DemoData = { [K in keyof RecordByKind]: RecordByKind[K][] };

/** The whole demo district, the same on every call. */
export function demoData(): DemoData {
  const organisation = demoOrganisation();
  return {
    units: organisation.units,
    cadres: organisation.cadres,
    enterprises: demoEnterprises(organisation.teamCadreCodes),
    projects: demoProjects(TASK_FORCES, organisation.taskForceLeaders),
    policies: demoPolicies(),
  };
}
