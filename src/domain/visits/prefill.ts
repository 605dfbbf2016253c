// `/visit [text]`: the text names the enterprise (a credit code or part of a name) and may go on with
// the start of a summary, e.g. `/visit 热力 供热管网老化`. Splitting needs no database, so the modal
// opens pre-filled at once; which enterprise the words name is settled after it is open.

export interface CommandPrefill {
  /** What to search the directory for: the first word, or empty. */
  readonly query: string;
  /** The rest of the text, for the summary. */
  readonly summary: string;
  /** The whole text, for the summary when no enterprise matches. */
  readonly text: string;
}

/** A query is at most this long: no enterprise name or credit code is longer. */
export const PREFILL_QUERY_MAX = 100;

export function splitCommandText(text: string | undefined): CommandPrefill {
  const trimmed = (text ?? '').trim();
  const match = /^(\S+)\s*([\s\S]*)$/u.exec(trimmed);
  if (!match) return { query: '', summary: '', text: '' };
  const [, first = '', rest = ''] = match;
  if ([...first].length > PREFILL_QUERY_MAX) return { query: '', summary: trimmed, text: trimmed };
  return { query: first, summary: rest.trim(), text: trimmed };
}

export interface EnterpriseHit {
  readonly id: number;
  readonly name: string;
  readonly shortName: string | null;
  readonly creditCode: string | null;
  /** Assigned to the cadre searching (包企). */
  readonly own: boolean;
}

export type PrefillChoice =
  | { readonly kind: 'picked'; readonly hit: EnterpriseHit }
  | { readonly kind: 'ambiguous'; readonly count: number }
  | { readonly kind: 'none' };

/**
 * Picks the enterprise the words name, only when that is beyond doubt: an exact credit code, name or
 * short name; the only match; or the only match among the cadre's own firms. Otherwise the user
 * chooses among the matches (the select lists them first).
 */
export function choosePrefill(query: string, hits: readonly EnterpriseHit[]): PrefillChoice {
  if (hits.length === 0) return { kind: 'none' };
  const q = query.toLowerCase();
  const exact = hits.filter(
    (h) =>
      h.creditCode?.toLowerCase() === q || h.name.toLowerCase() === q || h.shortName?.toLowerCase() === q,
  );
  if (exact.length === 1 && exact[0]) return { kind: 'picked', hit: exact[0] };
  if (hits.length === 1 && hits[0]) return { kind: 'picked', hit: hits[0] };
  const own = hits.filter((h) => h.own);
  if (own.length === 1 && own[0]) return { kind: 'picked', hit: own[0] };
  return { kind: 'ambiguous', count: hits.length };
}
