// Where a phase's CPU goes, process by process: read from Linux's /proc (each thread's schedstat,
// nanoseconds on a CPU), so the bench can say how much of a burst's work is zhuqi's and how much is
// the stand-ins' (the fake Slack serving views.open would run on Slack's machines, not the district's).
import { readdirSync, readFileSync } from 'node:fs';

/** A party of the bench: named process ids, or every process whose command is `comm`. */
export type Party = { pids: () => number[]; exceptTids?: () => number[]; onlyTids?: () => number[] };

function threadNs(pid: number, tid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return 0; // the thread or process has ended
  }
}

function tidsOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [];
  }
}

/** Every process whose command name is `comm` (PostgreSQL's backends come and go). */
export function processesNamed(comm: string): () => number[] {
  return () =>
    readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === comm;
        } catch {
          return false;
        }
      });
}

function partyNs(party: Party): number {
  const only = party.onlyTids?.();
  const except = new Set(party.exceptTids?.() ?? []);
  let total = 0;
  for (const pid of party.pids()) {
    for (const tid of only ?? tidsOf(pid)) if (!except.has(tid)) total += threadNs(pid, tid);
  }
  return total;
}

/** Whether this machine's kernel keeps per-thread schedstat (it does unless built without it). */
export const cpuLedgerWorks = (): boolean => threadNs(process.pid, process.pid) > 0;

/**
 * Sums each party's CPU between `begin(phase)` and `end(phase)`, phase by phase; a phase may be
 * begun and ended many times (burst by burst).
 */
export function cpuLedger(parties: Record<string, Party>) {
  const spent = new Map<string, Map<string, number>>();
  const started = new Map<string, Map<string, number>>();
  const read = () => new Map(Object.entries(parties).map(([name, party]) => [name, partyNs(party)]));
  return {
    begin(phase: string) {
      started.set(phase, read());
    },
    end(phase: string) {
      const before = started.get(phase);
      if (!before) return;
      started.delete(phase);
      const after = read();
      const sums = spent.get(phase) ?? new Map<string, number>();
      for (const [name, ns] of after) sums.set(name, (sums.get(name) ?? 0) + ns - (before.get(name) ?? ns));
      spent.set(phase, sums);
    },
    /** Milliseconds of CPU per party, per phase. */
    totals(): Record<string, Record<string, number>> {
      return Object.fromEntries(
        [...spent].map(([phase, sums]) => [
          phase,
          Object.fromEntries([...sums].map(([name, ns]) => [name, ns / 1e6])),
        ]),
      );
    },
  };
}
