import type { Actor } from '../../org/people.ts';
import type { CommandFor } from '../commands.ts';
import { FieldCheck } from '../fields.ts';
import { accepted, changeIssue, rejected } from '../outcome.ts';
import type { IssueSnapshot } from '../state.ts';
import type { Decision } from '../transition.ts';
import { WITHDRAW_REASONS } from '../vocabulary.ts';

/**
 * Dispatch drops a duplicate or an invalid issue. A duplicate names the issue it repeats; that this
 * issue exists and is not itself withdrawn is for the caller to check (`not_found`), with the data.
 */
export function withdraw(issue: IssueSnapshot, command: CommandFor<'withdraw'>, actor: Actor): Decision {
  const check = new FieldCheck();
  const comment = check.required('comment', command.comment);
  let duplicateOfId: number | null = null;
  if (check.oneOf('reason', command.reason, WITHDRAW_REASONS) && command.reason === 'duplicate') {
    if (command.duplicateOfId === undefined) check.fail('duplicateOfId', 'required');
    else if (command.duplicateOfId === issue.id) check.fail('duplicateOfId', 'self_reference');
    else duplicateOfId = command.duplicateOfId;
  }
  if (!check.ok) return rejected(check);
  return accepted(
    changeIssue(issue, actor, 'withdraw', { status: 'withdrawn', dueDate: null, duplicateOfId }, comment, {
      withdrawal: { reason: command.reason },
    }),
  );
}
