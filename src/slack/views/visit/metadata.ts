// What the visit modal remembers between interactions, in private_metadata (≤ 3000 characters):
// never the user's input (Slack's view state keeps that), only small facts the form needs.
import { PREFILL_QUERY_MAX, VISIT_LIMITS } from '../../../domain/visits/index.ts';
import { LOCALES, type Locale } from '../../../i18n/index.ts';

export interface VisitMeta {
  /** The enterprise words of `/visit <text>`: an empty enterprise box searches for them. */
  query: string;
  /** Slots of the problems in the form, in order. */
  slots: number[];
  /** The slot the next added problem gets. */
  nextSlot: number;
  /** The enterprise and date (`id@YYYY-MM-DD`) the user confirmed as another visit that day. */
  confirmed: string | null;
  /**
   * The language the form is shown in. The answers to it (errors, "saving…", the added problem) stay
   * in that language, and come without looking the user's locale up before their ack; null for a
   * view of an older release, whose listeners ask `localeOf`.
   */
  locale: Locale | null;
}

export function newVisitMeta(query: string, locale: Locale): VisitMeta {
  return { query, slots: [], nextSlot: 1, confirmed: null, locale };
}

export function encodeVisitMeta(meta: VisitMeta): string {
  return JSON.stringify({
    q: meta.query,
    s: meta.slots,
    n: meta.nextSlot,
    c: meta.confirmed,
    l: meta.locale,
  });
}

const isSlot = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

/** Tolerant: a view of an older release, or a forged payload, decodes to something safe. */
export function decodeVisitMeta(text: string | undefined): VisitMeta {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text ?? '');
    if (typeof parsed === 'object' && parsed !== null) raw = parsed as Record<string, unknown>;
  } catch {
    // keep the defaults
  }
  const slots = Array.isArray(raw.s) ? [...new Set(raw.s.filter(isSlot))].slice(0, VISIT_LIMITS.issues) : [];
  const nextSlot = isSlot(raw.n)
    ? Math.max(raw.n, ...slots.map((s) => s + 1))
    : Math.max(1, ...slots.map((s) => s + 1));
  return {
    query: typeof raw.q === 'string' ? [...raw.q].slice(0, PREFILL_QUERY_MAX).join('') : '',
    slots,
    nextSlot,
    confirmed: typeof raw.c === 'string' ? raw.c : null,
    locale: LOCALES.find((l) => l === raw.l) ?? null,
  };
}
