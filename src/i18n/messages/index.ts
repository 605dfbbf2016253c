// Every user-facing string, by feature. A feature adds its module here.
import { common } from './common.ts';
import { digests } from './digests.ts';
import { errors } from './errors.ts';
import { home } from './home.ts';
import { issueForms } from './issue-forms.ts';
import { issueNotices } from './issue-notices.ts';
import { issues } from './issues.ts';
import { reminders } from './reminders.ts';
import { sandbox } from './sandbox.ts';
import { supervision } from './supervision.ts';
import { visit } from './visit.ts';

export const messages = {
  ...common,
  ...digests,
  ...supervision,
  ...errors,
  ...home,
  ...issues,
  ...issueForms,
  ...issueNotices,
  ...reminders,
  ...sandbox,
  ...visit,
};
