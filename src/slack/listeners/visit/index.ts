// The /visit flow: the command, the modal's problem buttons, its selects' options, its submission.
import type { App } from '@slack/bolt';
import type { SlackContext } from '../../context.ts';
import { registerVisitCommand } from './command.ts';
import { registerVisitProblemButtons } from './problems.ts';
import { registerVisitSubmit } from './submit.ts';
import { registerVisitSuggestions } from './suggestions.ts';

export function registerVisit(app: App, ctx: SlackContext): void {
  registerVisitCommand(app, ctx);
  registerVisitProblemButtons(app, ctx);
  registerVisitSuggestions(app, ctx);
  registerVisitSubmit(app, ctx);
}
