// Every job's processor, by job name. A feature adds its entries here.
import { JOBS } from '../../src/jobs/index.ts';
import { type Processor, type ProcessorEntry, processorFor } from './processor.ts';
import { pruneProcessedRequests } from './prune-processed-requests.ts';

const entries: ProcessorEntry[] = [
  processorFor(JOBS.pruneProcessedRequests, (payload, w) => pruneProcessedRequests(w.db, payload, w.clock())),
];

export const processors = new Map<string, Processor>(entries);
