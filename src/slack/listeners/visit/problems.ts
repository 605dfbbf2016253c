// "Add a problem" and "Remove" inside the visit modal. A modal cannot grow by itself, so each click
// rebuilds it from Slack's view state (nothing typed is lost) and updates it in place. No database.
import type { App, BlockAction } from '@slack/bolt';
import { VISIT_LIMITS } from '../../../domain/visits/index.ts';
import type { SlackContext } from '../../context.ts';
import { VISIT_ACTIONS } from '../../ids/visit.ts';
import type { Routes } from '../../router.ts';
import { emptyIssue, readVisitForm, type StateValues, type VisitFormValues } from '../../views/visit/form.ts';
import { decodeVisitMeta, type VisitMeta } from '../../views/visit/metadata.ts';
import { visitModal } from '../../views/visit/modal.ts';
import { afterPendingRequests } from './after-pending.ts';
import { formLocale } from './form-locale.ts';

type Change = (form: VisitFormValues, meta: VisitMeta, value: string | undefined) => void;

const add: Change = (form, meta) => {
  if (form.issues.length >= VISIT_LIMITS.issues) return;
  form.issues.push(emptyIssue(meta.nextSlot));
  meta.nextSlot += 1;
};

const remove: Change = (form, _meta, value) => {
  form.issues = form.issues.filter((issue) => String(issue.slot) !== value);
};

export function registerVisitProblemButtons(app: Routes, ctx: SlackContext): void {
  const listener =
    (change: Change) =>
    async ({ ack, body, client }: { ack: () => Promise<void>; body: BlockAction; client: App['client'] }) => {
      await ack();
      await afterPendingRequests();
      const view = body.view;
      if (!view) return;
      const meta = decodeVisitMeta(view.private_metadata);
      const form = readVisitForm(view.state.values as StateValues, meta);
      const action = body.actions[0];
      change(form, meta, action && 'value' in action ? action.value : undefined);
      const locale = await formLocale(ctx, meta, body.user.id);
      try {
        // With the hash, a click racing another update of the modal is refused instead of undoing it.
        await client.views.update({
          view_id: view.id,
          hash: view.hash,
          view: visitModal({ locale, form, meta }),
        });
      } catch (error) {
        ctx.logger.info({ err: error, viewId: view.id }, 'visit modal not updated');
      }
    };
  app.action<BlockAction>(VISIT_ACTIONS.addIssue, listener(add));
  app.action<BlockAction>(VISIT_ACTIONS.removeIssue, listener(remove));
}
