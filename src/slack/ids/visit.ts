// The visit modal's callback, block and action ids. A problem's blocks carry its slot number, a
// stable name that survives removing an earlier problem, so Slack keeps each one's typed values.

export const VISIT_CALLBACK = 'visit.form';
/** The "visit logged" view that replaces the form: nothing to submit. */
export const VISIT_LOGGED_CALLBACK = 'visit.logged';
/** Shown from the ack until the visit is written (then the logged view or the form again). */
export const VISIT_SAVING_CALLBACK = 'visit.saving';

/** Input blocks of the visit itself; each holds one element whose action_id is `VISIT_ACTIONS.value`. */
export const VISIT_BLOCKS = {
  enterprise: 'visit.enterprise',
  date: 'visit.date',
  mode: 'visit.mode',
  companions: 'visit.companions',
  summary: 'visit.summary',
  policies: 'visit.policies',
  flags: 'visit.flags',
  notice: 'visit.notice',
  duplicate: 'visit.duplicate',
  issuesIntro: 'visit.issues',
  issuesAdd: 'visit.issues.add',
} as const;

export const VISIT_ACTIONS = {
  /** Every plain input's element. */
  value: 'value',
  /** The enterprise and policy selects ask for options by these. */
  enterprise: 'visit.enterprise.search',
  policies: 'visit.policies.search',
  addIssue: 'visit.issue.add',
  /** The remove button's value is the problem's slot. */
  removeIssue: 'visit.issue.remove',
} as const;

export const ISSUE_FIELDS = ['title', 'category', 'urgency', 'description', 'outcome', 'note'] as const;
export type IssueField = (typeof ISSUE_FIELDS)[number];

/** The block of one field of the problem in `slot`; `head` is its heading with the remove button. */
export function issueBlockId(slot: number, field: IssueField | 'head'): string {
  return `visit.issue.${slot}.${field}`;
}

/** The input block of each field of the visit itself, as the domain names them. */
const FIELD_BLOCKS: Readonly<Record<string, string>> = {
  enterprise: VISIT_BLOCKS.enterprise,
  date: VISIT_BLOCKS.date,
  mode: VISIT_BLOCKS.mode,
  companions: VISIT_BLOCKS.companions,
  summary: VISIT_BLOCKS.summary,
  policies: VISIT_BLOCKS.policies,
  flags: VISIT_BLOCKS.flags,
};

/** The block showing the error of a form field named by the domain (`summary`, `issues.3.title`). */
export function blockOfField(field: string): string | null {
  const issue = /^issues\.(\d+)\.(\w+)$/.exec(field);
  if (issue) {
    const name = issue[2] as IssueField;
    return ISSUE_FIELDS.includes(name) ? issueBlockId(Number(issue[1]), name) : null;
  }
  return FIELD_BLOCKS[field] ?? null;
}
