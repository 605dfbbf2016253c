// The /visit flow: the command, the modal's problem buttons, its selects' options, its submission.
import type { SlackContext } from '../../context.ts';
import type { Routes } from '../../router.ts';
import { recentCallers } from './callers.ts';
import { registerVisitCommand } from './command.ts';
import { createLane } from './lane.ts';
import { registerVisitProblemButtons } from './problems.ts';
import { registerVisitSubmit } from './submit.ts';
import { registerVisitSuggestions } from './suggestions.ts';

/** Post-ack database work at once per app: fewer than the pool's 10 connections, so acks find one. */
const AFTER_ACK_LANES = 3;

export function registerVisit(app: Routes, ctx: SlackContext): void {
  const flow = { afterAck: createLane(AFTER_ACK_LANES), callers: recentCallers(ctx) };
  registerVisitCommand(app, ctx, flow);
  registerVisitProblemButtons(app, ctx);
  registerVisitSuggestions(app, ctx);
  registerVisitSubmit(app, ctx, flow);
}
