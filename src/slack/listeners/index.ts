// Every listener of the app, one register function per feature.
import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.ts';
import { registerZhuqiCommand } from './commands/zhuqi.ts';
import { registerHome } from './home/index.ts';
import { registerIssueListeners } from './issues/index.ts';
import { registerReminderListeners } from './reminders/index.ts';
import { registerVisit } from './visit/index.ts';

export function registerListeners(app: App, ctx: SlackContext): void {
  registerVisit(app, ctx);
  registerZhuqiCommand(app, ctx);
  registerHome(app, ctx);
  registerIssueListeners(app, ctx);
  registerReminderListeners(app, ctx);
}
