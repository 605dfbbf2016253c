// The visit form's values: read from Slack's view state (what the user typed so far), and written back
// as initial values whenever the modal is rebuilt, so adding a problem or a confirmation step never
// loses what was typed.
import type { VisitDraft } from '../../../domain/visits/index.ts';
import { type ISSUE_FIELDS, issueBlockId, VISIT_ACTIONS, VISIT_BLOCKS } from '../../ids/visit.ts';
import type { VisitMeta } from './metadata.ts';

export interface Choice {
  value: string;
  text: string;
}

export interface IssueFormValues {
  slot: number;
  title: string;
  category: string | null;
  urgency: string | null;
  description: string;
  outcome: string | null;
  note: string;
}

export interface VisitFormValues {
  enterprise: Choice | null;
  date: string | null;
  mode: string | null;
  companions: string[];
  summary: string;
  policies: Choice[];
  flags: string[];
  issues: IssueFormValues[];
}

/** One element's state as Slack sends it in view.state.values (the fields this form reads). */
export interface ElementState {
  value?: string | null;
  selected_date?: string | null;
  selected_option?: { value: string; text?: { text?: string } } | null;
  selected_options?: Array<{ value: string; text?: { text?: string } }>;
  selected_users?: string[];
}

export type StateValues = Record<string, Record<string, ElementState>>;

export function emptyIssue(slot: number): IssueFormValues {
  return { slot, title: '', category: null, urgency: 'normal', description: '', outcome: null, note: '' };
}

export function emptyVisitForm(date: string, summary = ''): VisitFormValues {
  return {
    enterprise: null,
    date,
    mode: null,
    companions: [],
    summary,
    policies: [],
    flags: [],
    issues: [],
  };
}

const choice = (option: ElementState['selected_option']): Choice | null =>
  option ? { value: option.value, text: option.text?.text ?? option.value } : null;

export function readVisitForm(values: StateValues, meta: VisitMeta): VisitFormValues {
  const at = (block: string, action: string = VISIT_ACTIONS.value): ElementState =>
    values[block]?.[action] ?? {};
  const text = (block: string) => at(block).value ?? '';
  const picked = (block: string) => at(block).selected_option?.value ?? null;
  return {
    enterprise: choice(at(VISIT_BLOCKS.enterprise, VISIT_ACTIONS.enterprise).selected_option),
    date: at(VISIT_BLOCKS.date).selected_date ?? null,
    mode: picked(VISIT_BLOCKS.mode),
    companions: at(VISIT_BLOCKS.companions).selected_users ?? [],
    summary: text(VISIT_BLOCKS.summary),
    policies: (at(VISIT_BLOCKS.policies, VISIT_ACTIONS.policies).selected_options ?? []).map(
      (o) => choice(o) as Choice,
    ),
    flags: (at(VISIT_BLOCKS.flags).selected_options ?? []).map((o) => o.value),
    issues: meta.slots.map((slot) => {
      const field = (name: (typeof ISSUE_FIELDS)[number]) => issueBlockId(slot, name);
      return {
        slot,
        title: text(field('title')),
        category: picked(field('category')),
        urgency: picked(field('urgency')),
        description: text(field('description')),
        outcome: picked(field('outcome')),
        note: text(field('note')),
      };
    }),
  };
}

export function toVisitDraft(form: VisitFormValues): VisitDraft {
  return {
    enterpriseId: form.enterprise?.value ?? null,
    date: form.date,
    mode: form.mode,
    companionSlackIds: form.companions,
    summary: form.summary,
    policyIds: form.policies.map((p) => p.value),
    aboveScaleCandidate: form.flags.includes('above_scale_candidate'),
    investmentToCount: form.flags.includes('investment_to_count'),
    issues: form.issues.map((i) => ({ ...i })),
  };
}
