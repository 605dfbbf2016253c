// The hooks every issue flow test file begins with: one world per file, and before each test the
// database emptied, the org seeded again and the fake Slack's call log cleared.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type IssueWorld, startIssueWorld } from './issue-driver.ts';
import { seedIssueOrg } from './issue-org.ts';

export interface IssueWorldHooks {
  /** Also forget the fake workspace's messages and views (ids start again with the database). */
  clearSlackState?: boolean;
  /** More set-up before each test, after the reset (a clock set back, say). */
  each?: (world: IssueWorld) => void;
}

/** Registers the hooks; `use` receives the world once it has started. */
export function useIssueWorld(use: (world: IssueWorld) => void, options: IssueWorldHooks = {}): void {
  let world: IssueWorld | undefined;
  beforeAll(async () => {
    world = await startIssueWorld();
    use(world);
  });
  afterAll(async () => world?.stop());
  beforeEach(async () => {
    if (!world) return;
    await world.app.db.reset();
    world.org = await seedIssueOrg(world.app.db.prisma);
    world.app.fake.reset();
    if (options.clearSlackState) world.app.fake.clearState();
    options.each?.(world);
  });
}
