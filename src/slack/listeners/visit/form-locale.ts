import type { Locale } from '../../../i18n/index.ts';
import type { SlackContext } from '../../context.ts';
import type { VisitMeta } from '../../views/visit/metadata.ts';

/**
 * The language to answer the visit form in: the one it was opened in, kept in its metadata. Known
 * without a lookup, so nothing before a submission's ack waits on users.info or the locale cache's
 * row (measured, docs/benchmarks.md: a burst of first-time users made acks wait on users.info).
 */
export function formLocale(ctx: SlackContext, meta: VisitMeta, userId: string): Promise<Locale> {
  return meta.locale ? Promise.resolve(meta.locale) : ctx.localeOf(userId);
}
