// Submitting the visit modal. The answer depends on the write (errors beside the fields, the
// confirmation step of a likely double entry, or the "visit logged" view), so the work runs before
// the ack, inside a time budget that keeps the ack within Slack's 3 seconds.
//
// Exactly once: the request key is the view id plus a digest of the submitted form, so a delivery
// Slack repeats and a double click on Submit carry the same key and replay the first answer.
//
// Never losing input: every answer but "logged" keeps the modal open with what the user typed. An
// unexpected failure answers `errors` on the summary (the form stays as typed, Submit can be pressed
// again); a write slower than the budget says "press Submit again", which is safe for the same reason.
import { createHash } from 'node:crypto';
import type { App, ViewResponseAction, ViewSubmitAction } from '@slack/bolt';
import type { VisitDraft } from '../../../domain/visits/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import type { SubmitOutcome } from '../../../services/visit-service.ts';
import type { SlackContext } from '../../context.ts';
import { identify } from '../../identity.ts';
import { VISIT_CALLBACK } from '../../ids/visit.ts';
import { visitFieldErrors, visitFormError } from '../../views/visit/errors.ts';
import {
  readVisitForm,
  type StateValues,
  toVisitDraft,
  type VisitFormValues,
} from '../../views/visit/form.ts';
import { loggedVisitView } from '../../views/visit/logged.ts';
import { decodeVisitMeta, type VisitMeta } from '../../views/visit/metadata.ts';
import { visitModal } from '../../views/visit/modal.ts';

/** Bolt answers 404 to a request not acked in 2.5 s (src/slack/app.ts): answer well before. */
export const SUBMIT_BUDGET_MS = 2000;

export function submissionKey(viewId: string, draft: VisitDraft): string {
  const digest = createHash('sha256').update(JSON.stringify(draft)).digest('hex').slice(0, 32);
  return `visit:${viewId}:${digest}`;
}

const LATE = Symbol('late');

function withinBudget<T>(work: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const timeFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function answerFor(
  ctx: SlackContext,
  locale: Locale,
  form: VisitFormValues,
  meta: VisitMeta,
  outcome: SubmitOutcome,
): ViewResponseAction {
  switch (outcome.kind) {
    case 'invalid':
      return { response_action: 'errors', errors: visitFieldErrors(locale, outcome.error) };
    case 'duplicate': {
      const time = timeFormat(ctx.services.timeZone);
      const duplicate = {
        enterprise: outcome.enterpriseName,
        date: form.date ?? '',
        earlier: outcome.earlier.map((v) => ({
          time: time.format(v.createdAt),
          mode: v.mode,
          summary: v.summary,
        })),
      };
      // The same form again, with the warning and "Log anyway": confirming is submitting it again.
      const view = visitModal({ locale, form, meta: { ...meta, confirmed: outcome.confirmKey }, duplicate });
      return { response_action: 'update', view };
    }
    case 'logged':
      return { response_action: 'update', view: loggedVisitView(locale, outcome.visit) };
  }
}

/** Who submits, then the submission; `outcome` null for someone no longer in the directory. */
async function handle(
  ctx: SlackContext,
  userId: string,
  viewId: string,
  draft: VisitDraft,
  confirmed: string | null,
): Promise<{ locale: Locale; outcome: SubmitOutcome | null }> {
  const caller = await identify(ctx, userId);
  if (!caller) return { locale: await ctx.localeOf(userId), outcome: null };
  const visitor = { slackUserId: userId, cadreId: caller.cadre.id, actor: caller.actor };
  const outcome = await ctx.services.visits.submit(visitor, draft, {
    key: submissionKey(viewId, draft),
    confirmedDuplicate: confirmed,
  });
  return { locale: caller.locale, outcome };
}

export function registerVisitSubmit(app: App, ctx: SlackContext): void {
  app.view<ViewSubmitAction>(VISIT_CALLBACK, async ({ ack, body, view }) => {
    const userId = body.user.id;
    const meta = decodeVisitMeta(view.private_metadata);
    const form = readVisitForm(view.state.values as StateValues, meta);
    const draft = toVisitDraft(form);
    let locale: Locale | undefined;
    // Asked at once, so a late answer has its language ready.
    const localeSoon = ctx.localeOf(userId);
    localeSoon.catch(() => {});
    try {
      // The budget counts from here: identifying the caller waits on the same database.
      const work = handle(ctx, userId, view.id, draft, meta.confirmed);
      const handled = await withinBudget(work, SUBMIT_BUDGET_MS);
      if (handled === LATE) {
        work.catch((error: unknown) =>
          ctx.logger.error({ err: error, viewId: view.id }, 'late visit write failed'),
        );
        ctx.logger.warn({ viewId: view.id }, 'visit write exceeded the ack budget');
        locale = await localeSoon;
        await ack({ response_action: 'errors', errors: visitFormError(t(locale, 'visit.error.slow')) });
        return;
      }
      locale = handled.locale;
      if (handled.outcome === null) {
        await ack({
          response_action: 'errors',
          errors: visitFormError(t(locale, 'errors.not_in_directory')),
        });
        return;
      }
      const { outcome } = handled;
      if (outcome.kind === 'logged') {
        ctx.logger.info({ visitId: outcome.visit.visitId, replayed: outcome.replayed }, 'visit logged');
      }
      await ack(answerFor(ctx, locale, form, meta, outcome));
    } catch (error) {
      ctx.logger.error({ err: error, viewId: view.id }, 'visit submission failed');
      const lang = locale ?? (await localeSoon.catch(() => 'zh-CN' as const));
      await ack({ response_action: 'errors', errors: visitFormError(t(lang, 'errors.internal')) });
    }
  });
}
