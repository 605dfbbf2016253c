// After a visit submission's ack ("saving…"): write it exactly once, then replace the modal with the
// "visit logged" view, or with the form again, as typed, with the error beside its field. Nothing the
// user typed is lost: if the modal is gone (closed meanwhile), the outcome goes to them as a direct
// message, their summary included when the write failed.
import type { App } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { type Locale, t } from '../../../i18n/index.ts';
import type { AcceptedVisit, RecordOutcome } from '../../../services/visit-service.ts';
import type { SlackContext } from '../../context.ts';
import { escapeMrkdwn, truncate } from '../../views/escape.ts';
import { visitFieldErrors, visitFormError } from '../../views/visit/errors.ts';
import type { VisitFormValues } from '../../views/visit/form.ts';
import { loggedVisitView } from '../../views/visit/logged.ts';
import type { VisitMeta } from '../../views/visit/metadata.ts';
import { visitModal } from '../../views/visit/modal.ts';
import type { RecentCallers } from './callers.ts';

export interface Submitted {
  userId: string;
  viewId: string;
  locale: Locale;
  form: VisitFormValues;
  meta: VisitMeta;
  key: string;
  accepted: AcceptedVisit;
}

type Finished = { logged: true; view: ModalView } | { logged: false; view: ModalView; reason: string };

async function write(ctx: SlackContext, callers: RecentCallers, s: Submitted): Promise<Finished> {
  const refused = (errors: Record<string, string>): Finished => ({
    logged: false,
    view: visitModal({ locale: s.locale, form: s.form, meta: s.meta, notes: errors }),
    reason: Object.values(errors).join(' '),
  });
  try {
    // The actor (where the cadre sits) decides where the visit's problems go: read after the ack.
    const caller = await callers.actor(s.userId);
    if (!caller) return refused(visitFormError(t(s.locale, 'errors.not_in_directory')));
    const visitor = { slackUserId: s.userId, cadreId: caller.cadre.id, actor: caller.actor };
    const outcome: RecordOutcome = await ctx.services.visits.record(visitor, s.accepted, s.key);
    if (outcome.kind === 'invalid') return refused(visitFieldErrors(s.locale, outcome.error));
    ctx.logger.info({ visitId: outcome.visit.visitId, replayed: outcome.replayed }, 'visit logged');
    return { logged: true, view: loggedVisitView(s.locale, outcome.visit) };
  } catch (error) {
    ctx.logger.error({ err: error, viewId: s.viewId }, 'visit write failed');
    return refused(visitFormError(t(s.locale, 'errors.internal')));
  }
}

function directMessage(s: Submitted, finished: Finished): string {
  const { visit } = s.accepted;
  const about = { enterprise: escapeMrkdwn(s.accepted.enterpriseName), date: visit.date };
  if (finished.logged) return t(s.locale, 'visit.saved.dm', about);
  const summary = escapeMrkdwn(truncate(visit.summary, 2000)).replace(/\n/g, '\n>');
  return t(s.locale, 'visit.failed.dm', { ...about, reason: finished.reason, summary });
}

export async function finishVisit(
  ctx: SlackContext,
  client: App['client'],
  callers: RecentCallers,
  s: Submitted,
): Promise<void> {
  const finished = await write(ctx, callers, s);
  try {
    // No hash: the ack's "saving…" view changed it, and nothing else may update the modal meanwhile.
    await client.views.update({ view_id: s.viewId, view: finished.view });
  } catch (error) {
    ctx.logger.info({ err: error, viewId: s.viewId }, 'visit modal gone: telling the user directly');
    await client.chat
      .postMessage({ channel: s.userId, text: directMessage(s, finished) })
      .catch((err: unknown) => ctx.logger.error({ err, userId: s.userId }, 'visit outcome not delivered'));
  }
}
