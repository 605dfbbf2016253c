// `npm run zhuqi -- <command> …`: admin commands. Each command is a file in ./commands; add it to
// COMMANDS below.
import { ConfigError, loadConfig } from '../config/config.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { createPrisma } from '../persistence/prisma.ts';
import { calendarCommand } from './commands/calendar.ts';
import { channelCommand } from './commands/channel.ts';
import { type CliCommand, type CliContext, EXIT } from './commands/command.ts';
import { importCommand } from './commands/import.ts';
import { jobCommand } from './commands/job.ts';
import { seedCommand } from './commands/seed.ts';

const COMMANDS: readonly CliCommand[] = [
  importCommand,
  seedCommand,
  channelCommand,
  jobCommand,
  calendarCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n');
  return `Usage: npm run zhuqi -- <command> [arguments]\n\nCommands:\n${list}\n\nRun a command with --help for its details.`;
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? err : out)(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    err(`unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    out(command.usage);
    return EXIT.ok;
  }
  let prisma: PrismaClient | undefined;
  const context: CliContext = {
    out,
    err,
    database: () => {
      prisma ??= createPrisma(loadConfig().databaseUrl, { max: 2 });
      return prisma;
    },
  };
  try {
    return await command.run(args, context);
  } catch (error) {
    if (error instanceof ConfigError) {
      err(`configuration: ${error.message}`);
      return EXIT.failed;
    }
    err(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.failed;
  } finally {
    await prisma?.$disconnect();
  }
}

process.exitCode = await main(process.argv.slice(2));
