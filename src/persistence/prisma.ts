import { PrismaPg } from '@prisma/adapter-pg';
import { type Prisma, PrismaClient } from '../generated/prisma/client.ts';

export type Db = PrismaClient;

/** One client per process (it pools connections); tests build their own against their database. */
export function createPrisma(databaseUrl: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}

/** The client inside `db.$transaction(async (tx) => …)`: repositories take it to join the caller's transaction. */
export type Tx = Prisma.TransactionClient;

/** True when a write broke a unique constraint (Prisma's P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'P2002';
}
