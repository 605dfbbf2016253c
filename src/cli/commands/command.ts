import type { PrismaClient } from '../../generated/prisma/client.ts';

/** Exit statuses every command keeps to. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliContext {
  out(line: string): void;
  err(line: string): void;
  /** The app database, connected on first use and closed by main when the command ends. */
  database(): PrismaClient;
}

/** One `npm run zhuqi -- <name> …` subcommand: a file in this folder, listed in ../main.ts. */
export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full help text, shown by `<name> --help` and on a usage error. */
  usage: string;
  run(args: readonly string[], context: CliContext): Promise<number>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}
