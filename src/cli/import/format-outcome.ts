import type { FileImportOutcome } from './import-file.ts';
import type { ImportOutcome } from './import-records.ts';

/** "units: 12 created, 0 updated, 0 unchanged, 0 invalid" */
export function summaryLine(outcome: ImportOutcome): string {
  const w = outcome.written ?? { created: 0, updated: 0, unchanged: 0 };
  return `${outcome.kind}: ${w.created} created, ${w.updated} updated, ${w.unchanged} unchanged, ${outcome.invalidRows} invalid`;
}

/** The row errors, then notes, then the summary: the last line is what a terminal leaves in view. */
export function formatOutcome(
  outcome: ImportOutcome | FileImportOutcome,
  source: string,
  seconds: number,
): string[] {
  const lines = outcome.errors.map((error) => `row ${error.row}: ${error.reason}`);
  if ('ignoredColumns' in outcome && outcome.ignoredColumns.length > 0) {
    lines.push(`note: ignored columns: ${outcome.ignoredColumns.join(', ')}`);
  }
  if (outcome.pendingLeads.length > 0 && outcome.written !== null) {
    const cadres = [...new Set(outcome.pendingLeads.map((lead) => lead.cadreCode))];
    const shown = cadres.slice(0, 5).join(', ') + (cadres.length > 5 ? ', …' : '');
    lines.push(
      `note: ${outcome.pendingLeads.length} unit lead(s) wait for cadres not imported yet (${shown}); ` +
        'importing those cadres sets them',
    );
  }
  if (outcome.written?.leadsFilled)
    lines.push(`note: set ${outcome.written.leadsFilled} unit lead(s) waiting for these cadres`);
  const summary = `${summaryLine(outcome)} (${source}, ${seconds.toFixed(1)} s)`;
  if (outcome.written === null) {
    lines.push(
      `${summary}: nothing imported; fix the rows above, or pass --skip-invalid to import the ${outcome.validRows} valid row(s)`,
    );
  } else {
    lines.push(summary);
  }
  return lines;
}
