// The one door every listener goes through (domain.md "Roles"): a Slack user mapped to an active
// cadre gets the feature; anybody else gets the not-in-directory message on the surface they used,
// and nothing is written. The wrappers fit Bolt's listener signatures:
//
//   app.command(COMMANDS.visit, commandWithCaller(ctx, async ({ ack, command }, caller) => { … }));
//   app.action(ACTION, actionWithCaller(ctx, async ({ body, client }, caller) => { … }));   // acked for you
//   app.view(CALLBACK, viewWithCaller(ctx, async ({ ack, view }, caller) => { … }));
//   app.options(ACTION, optionsWithCaller(ctx, async ({ ack, payload }, caller) => { … }));
//   await withCaller(ctx, userId, { known: async (caller) => …, unknown: async (person) => … });
import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackOptionsMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import { type Locale, t } from '../i18n/index.ts';
import type { SlackContext } from './context.ts';
import { type Caller, identify } from './identity.ts';
import { notInDirectoryText } from './not-in-directory.ts';
import { notInDirectoryBlocks, notInDirectoryHome, notInDirectoryModal } from './views/not-in-directory.ts';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
export type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;
export type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
export type OptionsArgs = SlackOptionsMiddlewareArgs<'block_suggestion'> & AllMiddlewareArgs;

/** Someone Slack knows and the directory does not. */
export interface UnknownPerson {
  slackUserId: string;
  locale: Locale;
  /** The not-in-directory message in their language, naming whom to ask (mrkdwn). */
  text: string;
}

export interface CallerHandlers<T> {
  known(caller: Caller): Promise<T>;
  unknown(person: UnknownPerson): Promise<T>;
}

/** Runs `known` for a cadre of the directory and `unknown` for anyone else. */
export async function withCaller<T>(
  ctx: SlackContext,
  slackUserId: string,
  handlers: CallerHandlers<T>,
): Promise<T> {
  const caller = await identify(ctx, slackUserId);
  if (caller) return handlers.known(caller);
  const locale = await ctx.localeOf(slackUserId);
  return handlers.unknown({ slackUserId, locale, text: await notInDirectoryText(ctx, slackUserId, locale) });
}

/**
 * A slash command. The handler acks itself (a command's ack often carries the reply). An unknown
 * person gets an ephemeral ack; when the directory cannot be read, an ephemeral "try again".
 */
export function commandWithCaller(
  ctx: SlackContext,
  handler: (args: CommandArgs, caller: Caller) => Promise<void>,
): (args: CommandArgs) => Promise<void> {
  return async (args) => {
    const userId = args.command.user_id;
    try {
      await withCaller(ctx, userId, {
        known: (caller) => handler(args, caller),
        unknown: (person) =>
          args.ack({
            response_type: 'ephemeral',
            text: person.text,
            blocks: notInDirectoryBlocks(person.text),
          }),
      });
    } catch (err) {
      ctx.logger.error({ err, userId, command: args.command.command }, 'command failed');
      await args
        .ack({ response_type: 'ephemeral', text: t(await ctx.localeOf(userId), 'errors.internal') })
        .catch(() => {
          // Already acked by the handler: the error is logged above; Slack has its answer.
        });
    }
  };
}

async function tellUnknownAboutAction(args: ActionArgs, person: UnknownPerson): Promise<void> {
  const { body, client } = args;
  if (body.view?.type === 'home') {
    await client.views.publish({
      user_id: person.slackUserId,
      view: notInDirectoryHome(person.locale, person.text),
    });
  } else if (body.view) {
    await client.views.update({
      view_id: body.view.id,
      view: notInDirectoryModal(person.locale, person.text),
    });
  } else if (body.response_url) {
    await args.respond({ response_type: 'ephemeral', replace_original: false, text: person.text });
  }
}

/**
 * A block action (button, select). Acked at once, before any lookup (Slack waits 3 s at most); the
 * handler must not ack again. An unknown person is told where they clicked: their Home tab, the
 * modal, or an ephemeral reply under the message.
 */
export function actionWithCaller(
  ctx: SlackContext,
  handler: (args: ActionArgs, caller: Caller) => Promise<void>,
): (args: ActionArgs) => Promise<void> {
  return async (args) => {
    await args.ack();
    const acked: ActionArgs = { ...args, ack: async () => {} };
    await withCaller(ctx, args.body.user.id, {
      known: (caller) => handler(acked, caller),
      unknown: (person) => tellUnknownAboutAction(acked, person),
    });
  };
}

/**
 * A modal submission. The handler acks itself (errors, update, clear). An unknown person's modal is
 * replaced by the message. A failed lookup is rethrown: Slack then keeps the modal and what was typed.
 */
export function viewWithCaller(
  ctx: SlackContext,
  handler: (args: ViewArgs, caller: Caller) => Promise<void>,
): (args: ViewArgs) => Promise<void> {
  return (args) =>
    withCaller(ctx, args.body.user.id, {
      known: (caller) => handler(args, caller),
      unknown: (person) =>
        args.ack({ response_action: 'update', view: notInDirectoryModal(person.locale, person.text) }),
    });
}

/** An external_select's options. The handler acks itself; an unknown person is offered nothing. */
export function optionsWithCaller(
  ctx: SlackContext,
  handler: (args: OptionsArgs, caller: Caller) => Promise<void>,
): (args: OptionsArgs) => Promise<void> {
  return (args) =>
    withCaller(ctx, args.body.user.id, {
      known: (caller) => handler(args, caller),
      unknown: () => args.ack({ options: [] }),
    });
}
