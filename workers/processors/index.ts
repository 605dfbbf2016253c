// Every job's processor, by job name. A feature adds its entries here.
import { JOBS } from '../../src/jobs/index.ts';
import { deliver } from './deliver.ts';
import { runDigests } from './digests.ts';
import { type Processor, type ProcessorEntry, processorFor } from './processor.ts';
import { pruneProcessedRequests } from './prune-processed-requests.ts';
import { runRelay } from './relay-outbox.ts';
import { runReminders } from './reminders.ts';
import { runVisitRecovery, runVisitWrite } from './visits.ts';

const entries: ProcessorEntry[] = [
  processorFor(JOBS.pruneProcessedRequests, (payload, w) => pruneProcessedRequests(w.db, payload, w.clock())),
  processorFor(JOBS.relayOutbox, (_payload, w) => runRelay(w)),
  processorFor(JOBS.deliver, (payload, w, job) => deliver(payload, w, job)),
  processorFor(JOBS.dailyDigest, (payload, w) => runDigests('daily', payload, w)),
  processorFor(JOBS.weeklySupervision, (payload, w) => runDigests('weekly_supervision', payload, w)),
  processorFor(JOBS.reminderSweep, (payload, w) => runReminders(payload, w)),
  processorFor(JOBS.writeVisit, (payload, w) => runVisitWrite(payload, w)),
  processorFor(JOBS.recoverVisitWrites, (_payload, w) => runVisitRecovery(w)),
];

export const processors = new Map<string, Processor>(entries);
