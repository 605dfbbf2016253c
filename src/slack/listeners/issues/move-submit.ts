// A move modal's Submit: the move is made (history row and outbox rows in one transaction, once per
// submission key) before the ack, because the ack is the answer: close, or show what is wrong beside
// the field at fault. Refusals that no field can fix (forbidden, moved on, a racing move) replace the
// modal with a short explanation.
import type { AckFn, ViewOutput, ViewResponseAction } from '@slack/bolt';
import { type AppError, isAppError } from '../../../domain/errors.ts';
import type { MoveCommand } from '../../../domain/issues/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import type { SlackContext } from '../../context.ts';
import { decodeMoveMeta, ISSUE_VIEWS } from '../../ids/issue-views.ts';
import type { Routes } from '../../router.ts';
import { errorText, viewErrors } from '../../views/errors.ts';
import { noticeModal } from '../../views/issues/info-modals.ts';
import { viewWithCaller } from '../../with-caller.ts';
import { buildMoveCommand, type MoveLookups } from './move-commands.ts';
import { submissionKey } from './reply.ts';
import { readViewState } from './view-state.ts';

/** A view submission's ack: Bolt types it by the view action, a submission's takes a response action. */
export type Ack = AckFn<ViewResponseAction>;

/** The first input block: where a field error without a block of its own is shown. */
export function firstInputBlock(view: ViewOutput): string {
  const input = view.blocks.find((b) => b.type === 'input' && typeof b.block_id === 'string');
  return input?.block_id ?? Object.keys(view.state.values)[0] ?? 'reason';
}

/** Maps a refusal onto the ack: field errors beside their blocks, what no field can fix as a notice. */
export async function ackRefusal(
  ack: Ack,
  locale: Locale,
  view: ViewOutput,
  error: unknown,
  blockOf: (field: string) => string | null,
): Promise<void> {
  if (isAppError(error) && error.code === 'validation' && error.fields.length > 0) {
    await ack({
      response_action: 'errors',
      errors: viewErrors(locale, error, blockOf, firstInputBlock(view)),
    });
    return;
  }
  // A racing move rolled this one back, and the submission key was not spent: Submit again retries on
  // the latest state, so the modal stays open with what was typed.
  if (isAppError(error) && error.code === 'conflict') {
    await ack({ response_action: 'errors', errors: { [firstInputBlock(view)]: errorText(locale, error) } });
    return;
  }
  await ack({ response_action: 'update', view: noticeModal(locale, errorText(locale, error)) });
}

export function moveLookups(ctx: SlackContext): MoveLookups {
  const { org, issueViews } = ctx.services;
  return {
    memberOf: (cadreId) => org.memberOf(cadreId),
    async memberBySlackUser(slackUserId) {
      const cadre = await org.findCadreBySlackUser(slackUserId);
      return cadre ? org.memberOf(cadre.id) : null;
    },
    routeTarget: (choice) => issueViews.routeTarget(choice),
  };
}

/** A withdrawal naming an issue that does not exist: the domain's not_found, shown on the number field. */
function missingOriginal(error: unknown, command: MoveCommand): boolean {
  return (
    isAppError(error) &&
    error.code === 'not_found' &&
    command.move === 'withdraw' &&
    command.duplicateOfId !== undefined &&
    error.params.id === command.duplicateOfId
  );
}

export function registerMoveSubmit(app: Routes, ctx: SlackContext): void {
  const { services, logger } = ctx;

  app.view(
    ISSUE_VIEWS.move,
    viewWithCaller(ctx, async ({ ack, view }, caller) => {
      const { locale } = caller;
      const meta = decodeMoveMeta(view.private_metadata);
      if (!meta) {
        await ack({ response_action: 'update', view: noticeModal(locale, t(locale, 'errors.internal')) });
        return;
      }
      const key = submissionKey(view);
      let blockOf = (field: string): string | null => field;
      let command: MoveCommand | undefined;
      try {
        const built = await buildMoveCommand(meta.move, readViewState(view.state.values), moveLookups(ctx));
        blockOf = built.blockOf;
        command = built.command;
        await services.issues.move(caller.actor, meta.issueId, command, key);
        await ack();
      } catch (error) {
        if (command && missingOriginal(error, command)) {
          await ack({
            response_action: 'errors',
            errors: {
              duplicateOfId: t(locale, 'issue.form.original_not_found', {
                id: Number((error as AppError).params.id),
              }),
            },
          });
          return;
        }
        // Two deliveries of one submission racing: the loser sees the version move under it, yet the
        // submission was made (by its twin), so it closes like a replay.
        if (isAppError(error) && error.code === 'conflict' && (await services.issueViews.wasProcessed(key))) {
          await ack();
          return;
        }
        if (!isAppError(error))
          logger.error({ err: error, issueId: meta.issueId, move: meta.move }, 'issue move failed');
        await ackRefusal(ack as Ack, locale, view, error, blockOf);
      }
    }),
  );
}
