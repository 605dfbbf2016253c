import { summaryLine } from '../import/format-outcome.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { type CliCommand, EXIT } from './command.ts';

const usage = `Usage: npm run zhuqi -- seed demo

Fills the database with the demo district of the 2019 report, through the same checks and writes
as \`import\`: 1 leadership group, 28 district leaders, 4 task forces with 74 key projects (50 of
100 million yuan or more, 34 of those started or resumed), a dispatch room with a city liaison,
7 function groups, 63 service teams, 192 service groups, a supervision group, 540 cadres (one of
them admin), 20,000 enterprises (554 assigned to team cadres) and 30 policies.
The data is generated from fixed seeds: running it again changes nothing. Existing rows with the
same codes are overwritten with the demo's values; other rows are left alone.

Exit status: 0 seeded, 1 failed (nothing written), 2 wrong usage.`;

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'fill the database with the demo district (seed demo)',
  usage,
  async run(args, context) {
    if (args.length !== 1 || args[0] !== 'demo') {
      context.err(`seed: expected "demo"\n\n${usage}`);
      return EXIT.usage;
    }
    const started = performance.now();
    const outcomes = await seedDemo(context.database());
    for (const outcome of outcomes) context.out(summaryLine(outcome));
    context.out(`demo data seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return EXIT.ok;
  },
};
