import type { Prisma } from '../../generated/prisma/client.ts';

/** Directory writes run inside the import's one transaction. */
export type Tx = Prisma.TransactionClient;

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Rows per statement: one JSON parameter each, large enough to amortise the round trip. */
export const CHUNK_SIZE = 2_000;

export function chunks<T>(items: readonly T[], size = CHUNK_SIZE): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

export function addCounts(a: WriteCounts, b: WriteCounts): WriteCounts {
  return {
    created: a.created + b.created,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
  };
}

export const NO_WRITES: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
