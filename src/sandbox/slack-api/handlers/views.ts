import { checkView } from '../rules/payloads.ts';
import type { Workspace } from '../state/workspace.ts';
import type { SlackArgs } from '../types.ts';
import { fail, type MethodHandler, ok, str } from './context.ts';

type View = Record<string, unknown>;

/** Slack requires external_id to be unique among a team's views. */
function duplicateExternalId(ws: Workspace, view: View, exceptId?: string): boolean {
  const externalId = str(view.external_id);
  const holder = externalId ? ws.views.byExternalId(externalId) : undefined;
  return !!holder && holder.id !== exceptId;
}

/** Shared start of views.open and views.push: a valid view and a trigger exchanged exactly once. */
function exchange(args: SlackArgs, ws: Workspace) {
  if (!str(args.trigger_id)) return { refusal: fail('invalid_arguments', missing('trigger_id')) };
  const refusal = checkView(args.view, 'modal');
  if (refusal) return { refusal };
  const view = args.view as View;
  if (duplicateExternalId(ws, view)) return { refusal: fail('duplicate_external_id') };
  const exchanged = ws.triggers.exchange(args.trigger_id);
  if ('error' in exchanged) return { refusal: fail(exchanged.error) };
  return { view, trigger: exchanged.trigger };
}

const missing = (field: string) => ({
  response_metadata: { messages: [`[ERROR] missing required field: ${field}`] },
});

export const viewHandlers: Record<string, MethodHandler> = {
  'views.open': (args, { ws }) => {
    const result = exchange(args, ws);
    if (result.refusal) return result.refusal;
    return ok({ view: ws.views.open(result.view, result.trigger.userId) });
  },

  'views.push': (args, { ws }) => {
    const result = exchange(args, ws);
    if (result.refusal) return result.refusal;
    const { trigger } = result;
    const below =
      (trigger.viewId && ws.views.isOpen(trigger.viewId) ? trigger.viewId : undefined) ??
      (trigger.userId ? ws.views.topModalOf(trigger.userId)?.id : undefined);
    if (!below) return fail('not_found');
    const pushed = ws.views.push(below, result.view);
    return pushed ? ok({ view: pushed }) : fail('push_limit_reached');
  },

  'views.update': (args, { ws }) => {
    const viewId = str(args.view_id);
    const externalId = str(args.external_id);
    if (!viewId && !externalId) return fail('invalid_arguments', missing('view_id or external_id'));
    const current = viewId ? ws.views.get(viewId) : ws.views.byExternalId(externalId as string);
    if (!current || !ws.views.isOpen(current.id)) return fail('not_found');
    const refusal = checkView(args.view, current.type === 'home' ? 'home' : 'modal');
    if (refusal) return refusal;
    if (str(args.hash) && args.hash !== current.hash) return fail('hash_conflict');
    if (duplicateExternalId(ws, args.view as View, current.id)) return fail('duplicate_external_id');
    return ok({ view: ws.views.replace(current.id, args.view as View) });
  },

  'views.publish': (args, { ws }) => {
    const userId = str(args.user_id);
    if (!userId) return fail('invalid_arguments', missing('user_id'));
    const refusal = checkView(args.view, 'home');
    if (refusal) return refusal;
    const current = ws.views.homeOf(userId);
    if (str(args.hash) && current && args.hash !== current.hash) return fail('hash_conflict');
    if (duplicateExternalId(ws, args.view as View, current?.id)) return fail('duplicate_external_id');
    return ok({ view: ws.views.publishHome(userId, args.view as View) });
  },
};
