// The issue flows in Slack: `/issue`, the card's buttons (wherever the card is), their modals.
import type { SlackContext } from '../../context.ts';
import type { Routes } from '../../router.ts';
import { registerCardActions } from './card-actions.ts';
import { registerIssueCommand } from './issue-command.ts';
import { registerMoveButtons } from './move-button.ts';
import { registerMoveSubmit } from './move-submit.ts';
import { registerRaiseSubmit } from './raise-submit.ts';
import { registerRouteTarget } from './route-target.ts';
import { registerSubjectOptions } from './subject-options.ts';

export function registerIssueListeners(app: Routes, ctx: SlackContext): void {
  registerIssueCommand(app, ctx);
  registerSubjectOptions(app, ctx);
  registerRaiseSubmit(app, ctx);
  registerMoveButtons(app, ctx);
  registerRouteTarget(app, ctx);
  registerMoveSubmit(app, ctx);
  registerCardActions(app, ctx);
}
