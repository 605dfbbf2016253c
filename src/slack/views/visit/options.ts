// Options for the visit form's external selects. Slack allows 100 options and 75 characters of text
// each; an enterprise's credit code is kept whole and its name is cut instead.
import type { PlainTextOption } from '@slack/types';
import type { EnterpriseHit } from '../../../domain/visits/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import { truncate } from '../escape.ts';
import { option, plain } from './blocks.ts';

const OPTION_TEXT = 75;
const MAX_OPTIONS = 100;

export function enterpriseOptionText(hit: Pick<EnterpriseHit, 'name' | 'shortName' | 'creditCode'>): string {
  const short = hit.shortName && !hit.name.includes(hit.shortName) ? `（${hit.shortName}）` : '';
  const code = hit.creditCode ? ` · ${hit.creditCode}` : '';
  return `${truncate(`${hit.name}${short}`, OPTION_TEXT - [...code].length)}${code}`;
}

/** What a block_suggestion is answered with: plain options, or labelled groups of them. */
export type OptionsAnswer =
  | { options: PlainTextOption[] }
  | { option_groups: Array<{ label: { type: 'plain_text'; text: string }; options: PlainTextOption[] }> };

/** The user's own firms in a group of their own, above the others. */
export function enterpriseOptions(locale: Locale, hits: readonly EnterpriseHit[]): OptionsAnswer {
  const toOption = (h: EnterpriseHit) => option(enterpriseOptionText(h), String(h.id));
  const capped = hits.slice(0, MAX_OPTIONS);
  const own = capped.filter((h) => h.own).map(toOption);
  const others = capped.filter((h) => !h.own).map(toOption);
  if (own.length === 0) return { options: others };
  const group = (key: 'visit.options.own' | 'visit.options.others', options: PlainTextOption[]) => ({
    label: plain(t(locale, key), 75),
    options,
  });
  return {
    option_groups: [
      group('visit.options.own', own),
      ...(others.length > 0 ? [group('visit.options.others', others)] : []),
    ],
  };
}

export function policyOptions(hits: ReadonlyArray<{ id: number; title: string }>): OptionsAnswer {
  return { options: hits.slice(0, MAX_OPTIONS).map((p) => option(p.title, String(p.id))) };
}
