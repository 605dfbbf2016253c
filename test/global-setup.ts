// Runs once, before any test worker starts. Anything that must happen even earlier (making sure
// PostgreSQL and Redis are up) belongs in an import above this comment: its module body runs
// before setup() below.
import './support/ensure-test-services.ts';
import type { TestProject } from 'vitest/node';
import { startTestRun } from './support/database.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A template database migrated from prisma/migrations; workers clone it (test/support/database.ts).
  const testRun = await startTestRun();
  project.provide('zhuqiTestRun', testRun.run);
  return () => testRun.finish();
}
