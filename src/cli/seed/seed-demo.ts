import type { DirectoryKind } from '../../domain/directory/records.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { inDirectoryTransaction } from '../../persistence/directory/write-directory.ts';
import { type ImportOutcome, importRecords } from '../import/import-records.ts';
import { demoData } from './demo-data.ts';

/** In dependency order: units before the cadres who fill their leads, cadres before what they own. */
const ORDER: readonly DirectoryKind[] = ['units', 'cadres', 'enterprises', 'projects', 'policies'];

export class SeedError extends Error {
  override name = 'SeedError';
}

/**
 * Generated records go through the import's own checks and writes, all in one transaction: the
 * demo cannot hold anything a file import would refuse, and a second run changes nothing.
 */
export async function seedDemo(db: PrismaClient): Promise<ImportOutcome[]> {
  const data = demoData();
  return inDirectoryTransaction(db, async (tx) => {
    const outcomes: ImportOutcome[] = [];
    for (const kind of ORDER) {
      const records = data[kind].map((record, i) => ({ row: i + 2, record }));
      const outcome = await importRecords(tx, kind, { records, errors: [] }, { skipInvalid: false });
      if (outcome.written === null) {
        const first = outcome.errors[0];
        throw new SeedError(
          `demo ${kind} rejected (${outcome.errors.length} errors; first: ${first?.reason})`,
        );
      }
      outcomes.push(outcome);
    }
    return outcomes;
  });
}
