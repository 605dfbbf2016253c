// Every listener of the app, one register function per feature, routed by id (router.ts).
import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.ts';
import { createRouter } from '../router.ts';
import { registerZhuqiCommand } from './commands/zhuqi.ts';
import { registerHome } from './home/index.ts';
import { registerIssueListeners } from './issues/index.ts';
import { registerReminderListeners } from './reminders/index.ts';
import { registerVisit } from './visit/index.ts';

export function registerListeners(app: App, ctx: SlackContext): void {
  const { routes, middleware } = createRouter();
  registerVisit(routes, ctx);
  registerZhuqiCommand(routes, ctx);
  registerHome(routes, ctx);
  registerIssueListeners(routes, ctx);
  registerReminderListeners(routes, ctx);
  app.use(middleware);
}
