// The visit modal: the visit's fields, then the problems found at it (added one at a time with a
// button, up to five). Built from the form's values, so every rebuild keeps what the user typed.
import type { KnownBlock, ModalView } from '@slack/types';
import { STATISTICS_FLAGS, VISIT_LIMITS, VISIT_MODES, type VisitMode } from '../../../domain/visits/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import { VISIT_ACTIONS, VISIT_BLOCKS, VISIT_CALLBACK } from '../../ids/visit.ts';
import { escapeMrkdwn, truncate } from '../escape.ts';
import { choiceOf, context, input, option, plain, section, textInput } from './blocks.ts';
import type { VisitFormValues } from './form.ts';
import { issueBlocks } from './issue-blocks.ts';
import { encodeVisitMeta, type VisitMeta } from './metadata.ts';

/** What `/visit <text>` found in the directory, told above the form. */
export type PrefillNotice =
  /** Before the lookup, and after it when the words match several firms: the list shows them. */
  | { kind: 'listed'; query: string }
  | { kind: 'picked'; query: string; name: string }
  | { kind: 'ambiguous'; query: string; count: number }
  | { kind: 'none'; query: string };

/** Earlier visits the same day: the confirmation step of a likely double entry. */
export interface DuplicateNotice {
  enterprise: string;
  date: string;
  earlier: Array<{ time: string; mode: VisitMode; summary: string }>;
}

const timeFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The notice for the visits already logged that day, their times shown in the district's zone. */
export function duplicateNotice(
  enterprise: string,
  date: string,
  earlier: ReadonlyArray<{ createdAt: Date; mode: VisitMode; summary: string }>,
  timeZone: string,
): DuplicateNotice {
  const time = timeFormat(timeZone);
  return {
    enterprise,
    date,
    earlier: earlier.map((v) => ({ time: time.format(v.createdAt), mode: v.mode, summary: v.summary })),
  };
}

export interface VisitModalModel {
  locale: Locale;
  form: VisitFormValues;
  meta: VisitMeta;
  prefill?: PrefillNotice;
  duplicate?: DuplicateNotice;
  /**
   * Messages beside fields, by block id: a write that failed after the ack reopens the form with
   * them (a views.update cannot carry Slack's own `errors`, which only an ack can).
   */
  notes?: Record<string, string>;
}

export function visitModal(model: VisitModalModel): ModalView {
  const { locale, meta } = model;
  return {
    type: 'modal',
    callback_id: VISIT_CALLBACK,
    title: plain(t(locale, 'visit.modal.title'), 24),
    submit: plain(t(locale, meta.confirmed ? 'visit.modal.submit_anyway' : 'visit.modal.submit'), 24),
    close: plain(t(locale, 'visit.modal.close'), 24),
    // The form's problems are the truth: the metadata lists exactly the slots rendered.
    private_metadata: encodeVisitMeta({ ...meta, slots: model.form.issues.map((i) => i.slot) }),
    blocks: withNotes([...notices(model), ...visitBlocks(model), ...problemBlocks(model)], model.notes),
  };
}

/** Each note as a warning right under its field's block (or first, when no block has that id). */
function withNotes(blocks: KnownBlock[], notes: Record<string, string> | undefined): KnownBlock[] {
  if (!notes) return blocks;
  const out: KnownBlock[] = [];
  const placed = new Set<string>();
  for (const block of blocks) {
    out.push(block);
    const note = block.block_id ? notes[block.block_id] : undefined;
    if (note !== undefined && block.block_id) {
      out.push(context(`:warning: ${note}`, `${block.block_id}.note`));
      placed.add(block.block_id);
    }
  }
  const orphans = Object.entries(notes).filter(([id]) => !placed.has(id));
  return [...orphans.map(([id, note]) => context(`:warning: ${note}`, `${id}.note`)), ...out];
}

function notices(model: VisitModalModel): KnownBlock[] {
  const { locale, prefill, duplicate } = model;
  const blocks: KnownBlock[] = [];
  if (duplicate) {
    const lines = [
      t(locale, 'visit.duplicate.warning', {
        date: duplicate.date,
        enterprise: escapeMrkdwn(duplicate.enterprise),
      }),
      ...duplicate.earlier.map((e) =>
        t(locale, 'visit.duplicate.earlier', {
          time: e.time,
          mode: t(locale, `visit.mode.${e.mode}`),
          summary: escapeMrkdwn(truncate(e.summary.replace(/\s+/g, ' '), 200)),
        }),
      ),
    ];
    blocks.push(section(lines.join('\n'), VISIT_BLOCKS.duplicate));
  }
  if (prefill) {
    const query = escapeMrkdwn(prefill.query);
    const text =
      prefill.kind === 'picked'
        ? t(locale, 'visit.prefill.picked', { query, name: escapeMrkdwn(prefill.name) })
        : prefill.kind === 'listed'
          ? t(locale, 'visit.prefill.listed', { query })
          : prefill.kind === 'ambiguous'
            ? t(locale, 'visit.prefill.ambiguous', { query, count: prefill.count })
            : t(locale, 'visit.prefill.none', { query });
    blocks.push(context(text, VISIT_BLOCKS.notice));
  }
  return blocks;
}

function visitBlocks({ locale, form }: VisitModalModel): KnownBlock[] {
  const modes = VISIT_MODES.map((m) => option(t(locale, `visit.mode.${m}`), m));
  const flags = STATISTICS_FLAGS.map((f) => option(t(locale, `visit.flag.${f}`), f));
  const checkedFlags = flags.filter((f) => form.flags.includes(f.value ?? ''));
  const enterprise = form.enterprise ? option(form.enterprise.text, form.enterprise.value) : undefined;
  return [
    input(
      VISIT_BLOCKS.enterprise,
      t(locale, 'visit.field.enterprise'),
      {
        type: 'external_select',
        action_id: VISIT_ACTIONS.enterprise,
        // 0: opening the list shows the user's own firms, or the matches of `/visit <text>`.
        min_query_length: 0,
        placeholder: plain(t(locale, 'visit.field.enterprise.placeholder'), 150),
        ...(enterprise ? { initial_option: enterprise } : {}),
      },
      { hint: t(locale, 'visit.field.enterprise.hint') },
    ),
    input(
      VISIT_BLOCKS.date,
      t(locale, 'visit.field.date'),
      {
        type: 'datepicker',
        ...(form.date ? { initial_date: form.date } : {}),
      },
      {
        hint: t(locale, 'visit.field.date.hint', {
          days: VISIT_LIMITS.daysBack,
          dispatchDays: VISIT_LIMITS.daysBackForDispatch,
        }),
      },
    ),
    input(VISIT_BLOCKS.mode, t(locale, 'visit.field.mode'), choiceOf('radio_buttons', modes, form.mode), {
      hint: t(locale, 'visit.field.mode.hint'),
    }),
    input(
      VISIT_BLOCKS.companions,
      t(locale, 'visit.field.companions'),
      {
        type: 'multi_users_select',
        max_selected_items: VISIT_LIMITS.companions,
        placeholder: plain(t(locale, 'visit.field.companions.placeholder'), 150),
        ...(form.companions.length > 0 ? { initial_users: form.companions } : {}),
      },
      { optional: true },
    ),
    input(
      VISIT_BLOCKS.summary,
      t(locale, 'visit.field.summary'),
      textInput({
        multiline: true,
        max: VISIT_LIMITS.summary,
        initial: form.summary,
        placeholder: t(locale, 'visit.field.summary.placeholder'),
      }),
    ),
    input(
      VISIT_BLOCKS.policies,
      t(locale, 'visit.field.policies'),
      {
        type: 'multi_external_select',
        action_id: VISIT_ACTIONS.policies,
        min_query_length: 0,
        max_selected_items: VISIT_LIMITS.policies,
        placeholder: plain(t(locale, 'visit.field.policies.placeholder'), 150),
        ...(form.policies.length > 0
          ? { initial_options: form.policies.map((p) => option(p.text, p.value)) }
          : {}),
      },
      { optional: true },
    ),
    input(
      VISIT_BLOCKS.flags,
      t(locale, 'visit.field.flags'),
      {
        type: 'checkboxes',
        options: flags,
        ...(checkedFlags.length > 0 ? { initial_options: checkedFlags } : {}),
      },
      { optional: true },
    ),
  ];
}

function problemBlocks({ locale, form }: VisitModalModel): KnownBlock[] {
  const max = VISIT_LIMITS.issues;
  const blocks: KnownBlock[] = [
    { type: 'divider' },
    section(t(locale, 'visit.issues.intro', { max }), VISIT_BLOCKS.issuesIntro),
  ];
  form.issues.forEach((issue, i) => {
    blocks.push(...issueBlocks(locale, issue, i + 1));
  });
  if (form.issues.length < max) {
    blocks.push({
      type: 'actions',
      block_id: VISIT_BLOCKS.issuesAdd,
      elements: [
        {
          type: 'button',
          action_id: VISIT_ACTIONS.addIssue,
          text: plain(t(locale, 'visit.issues.add'), 75),
          value: 'add',
        },
      ],
    });
  } else {
    blocks.push(context(t(locale, 'visit.issues.full', { max }), VISIT_BLOCKS.issuesAdd));
  }
  return blocks;
}
