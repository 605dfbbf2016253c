// The modals of the issue flows: their callback ids, and the ids of the elements that talk back
// (the subject typeahead, the route modal's target select). Input blocks are named after the domain's
// field (`title`, `reason`, `plan.0.dueDate`…), so a validation error lands beside its field.
import type { Move } from '../../domain/issues/index.ts';

export const ISSUE_VIEWS = {
  /** `/issue`: raise an issue outside a visit. */
  raise: 'issue.raise',
  /** Every move's modal; its private_metadata says which move on which issue. */
  move: 'issue.move_form',
  /** The card with its history, opened from a list or a reminder (no submit). */
  card: 'issue.card_view',
  /** A modal that only tells something (a refusal inside a modal, where no ephemeral can go). */
  notice: 'issue.notice',
} as const;

export const ISSUE_FORM_ACTIONS = {
  /** external_select of enterprises and projects (options from the directory). */
  subject: 'issue.subject',
  /** The route modal's target: choosing it refills the owner list and the default due date. */
  routeTarget: 'issue.route.target',
} as const;

/** The action id of every other input element: blocks are told apart by their block id. */
export const INPUT_ACTION = 'value';

/** A move modal's private_metadata. */
export interface MoveFormMeta {
  issueId: number;
  move: Move;
  /** The issue's urgency, for the route modal's default due date. */
  urgency?: 'normal' | 'urgent';
}

export function encodeMoveMeta(meta: MoveFormMeta): string {
  return JSON.stringify(meta);
}

export function decodeMoveMeta(raw: string): MoveFormMeta | null {
  try {
    const value = JSON.parse(raw) as Partial<MoveFormMeta>;
    if (typeof value.issueId !== 'number' || typeof value.move !== 'string') return null;
    return value as MoveFormMeta;
  } catch {
    return null;
  }
}

/** The plan rows a defer modal offers (the domain allows up to LIMITS.planSteps). */
export const PLAN_ROWS = 5;

export const planBlock = (index: number, part: 'description' | 'dueDate') => `plan.${index}.${part}`;

/** Route modal blocks carry the target in their id, so choosing another target resets them. */
export const routeOwnerBlock = (target: string) => `assignee:${target}`;
export const routeDueBlock = (target: string) => `dueDate:${target}`;
