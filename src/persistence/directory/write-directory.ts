import type { DirectoryKind, RecordByKind } from '../../domain/directory/records.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Tx, WriteCounts } from './types.ts';
import { writeCadres } from './write-cadres.ts';
import { writeEnterprises } from './write-enterprises.ts';
import { writePolicies } from './write-policies.ts';
import { writeProjects } from './write-projects.ts';
import { writeUnits } from './write-units.ts';

export interface DirectoryWriteResult extends WriteCounts {
  /** units: leads named for cadres not imported yet. */
  pendingLeads?: number;
  /** cadres: unit leads that were waiting for these cadres and are now set. */
  leadsFilled?: number;
}

type Writer<K extends DirectoryKind> = (
  tx: Tx,
  records: readonly RecordByKind[K][],
) => Promise<DirectoryWriteResult>;

const WRITERS: { [K in DirectoryKind]: Writer<K> } = {
  units: writeUnits,
  cadres: writeCadres,
  enterprises: writeEnterprises,
  projects: writeProjects,
  policies: writePolicies,
};

/** The one write path of the directories: file imports and the demo seed both end here. */
export function writeDirectory<K extends DirectoryKind>(
  tx: Tx,
  kind: K,
  records: readonly RecordByKind[K][],
): Promise<DirectoryWriteResult> {
  return (WRITERS[kind] as Writer<K>)(tx, records);
}

/** Arbitrary, fixed: the advisory lock that keeps two directory imports from interleaving. */
const DIRECTORY_LOCK_KEY = 0x7a71_6469; // "zqdi"

/**
 * One transaction for a whole import (all of it or nothing), serialised against other imports.
 * Prisma's interactive transactions time out after 5 s by default, too short for a large file.
 */
export function inDirectoryTransaction<T>(db: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DIRECTORY_LOCK_KEY})`;
      return work(tx);
    },
    { maxWait: 30_000, timeout: 600_000 },
  );
}
