import { recoverVisitWrites } from '../../src/services/visit-writes.ts';
import { type WriteResult, writeVisitSubmission } from '../../src/slack/background/write-visit.ts';
import type { Wiring } from '../../src/wiring.ts';

/** One accepted visit submission written and its modal updated (src/slack/background/write-visit.ts). */
export function runVisitWrite(payload: { submissionId: string }, wiring: Wiring): Promise<WriteResult> {
  const { db, services, interactive, logger, clock } = wiring;
  return writeVisitSubmission(
    { db, services, slack: interactive, logger: logger.child({ submissionId: payload.submissionId }), clock },
    BigInt(payload.submissionId),
  );
}

/** Pending submissions whose job was lost, asked for again (src/services/visit-writes.ts). */
export async function runVisitRecovery(wiring: Wiring): Promise<{ recovered: number }> {
  const { db, queues, logger, clock } = wiring;
  return { recovered: await recoverVisitWrites({ db, queue: queues.visits, logger, clock }) };
}
