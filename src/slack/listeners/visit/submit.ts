// Submitting the visit modal. The ack waits only for what decides the answer Slack shows at once:
// the form's rules and one round trip to the database (who submits, whether the enterprise and the
// policies are in the directory, earlier visits that day), so field errors and the double-entry
// question still come back beside the fields. The same statement stores the submission, so one that
// is accepted and acked with a "saving…" view survives this process dying after the ack: a worker
// finds it, checks it again and writes it (src/services/visit-writes.ts). Here, after the ack, an
// accepted visit is written (src/slack/background/write-visit.ts), which shows the "visit logged"
// view, or the form again as typed with the error beside its field; a refused one is set aside.
//
// Exactly once: the request key is the view id plus a digest of the submitted form, so a delivery
// Slack repeats and a double click on Submit carry the same key: one stored row, and the write of a
// second delivery replays the first's (`once`, src/persistence/idempotency.ts).
import { createHash } from 'node:crypto';
import type { ViewResponseAction, ViewSubmitAction } from '@slack/bolt';
import type { VisitDraft } from '../../../domain/visits/index.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import type { HeldRow } from '../../../persistence/visits/submission-facts.ts';
import type { StoredSubmission } from '../../../persistence/visits/visit-submissions.ts';
import type { SubmitCheck } from '../../../services/visit-service.ts';
import { type SubmissionPayload, writeHeldSubmission } from '../../background/write-visit.ts';
import type { SlackContext } from '../../context.ts';
import { VISIT_CALLBACK } from '../../ids/visit.ts';
import type { Routes } from '../../router.ts';
import { visitFieldErrors, visitFormError } from '../../views/visit/errors.ts';
import {
  readVisitForm,
  type StateValues,
  toVisitDraft,
  type VisitFormValues,
} from '../../views/visit/form.ts';
import { decodeVisitMeta, type VisitMeta } from '../../views/visit/metadata.ts';
import { duplicateNotice, visitModal } from '../../views/visit/modal.ts';
import { savingVisitView } from '../../views/visit/saving.ts';
import type { ViewArgs } from '../../with-caller.ts';
import { afterPendingRequests } from './after-pending.ts';
import type { VisitFlow } from './flow.ts';
import { formLocale } from './form-locale.ts';

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

function answerFor(
  ctx: SlackContext,
  locale: Locale,
  form: VisitFormValues,
  meta: VisitMeta,
  checked: SubmitCheck,
): ViewResponseAction {
  switch (checked.kind) {
    case 'outsider':
      return { response_action: 'errors', errors: visitFormError(t(locale, 'errors.not_in_directory')) };
    case 'invalid':
      return { response_action: 'errors', errors: visitFieldErrors(locale, checked.error) };
    case 'duplicate': {
      const { enterpriseName, earlier, confirmKey } = checked;
      const duplicate = duplicateNotice(enterpriseName, form.date ?? '', earlier, ctx.services.timeZone);
      // The same form again, with the warning and "Log anyway": confirming is submitting it again.
      const view = visitModal({ locale, form, meta: { ...meta, confirmed: confirmKey }, duplicate });
      return { response_action: 'update', view };
    }
    case 'accepted':
      return { response_action: 'update', view: savingVisitView(locale, checked.enterpriseName) };
  }
}

export function registerVisitSubmit(app: Routes, ctx: SlackContext, flow: VisitFlow): void {
  app.view<ViewSubmitAction>(VISIT_CALLBACK, async ({ ack, body, view, client }) => {
    // While submissions are being acked, post-ack work (their writes, /visit's reads) waits (lane.ts).
    const acked = flow.afterAck.acking();
    try {
      await answer(ctx, { ack, body, view, client }, acked, flow);
    } finally {
      acked();
    }
  });
}

/** The check; the submission's row if it was stored; for an accepted visit, what its write starts from. */
type Decided =
  | { checked: Exclude<SubmitCheck, { kind: 'accepted' }>; held: HeldRow | null }
  | { checked: Accepted; held: HeldRow; stored: StoredSubmission };
type Accepted = Extract<SubmitCheck, { kind: 'accepted' }>;

async function decide(
  ctx: SlackContext,
  userId: string,
  view: ViewArgs['view'],
  form: VisitFormValues,
  meta: VisitMeta,
  localeSoon: Promise<Locale>,
): Promise<Decided> {
  const draft = toVisitDraft(form);
  const key = submissionKey(view.id, draft);
  const payload: SubmissionPayload = { locale: await localeSoon, form, meta };
  const { checked, held } = await ctx.services.visits.check(userId, draft, {
    key,
    confirmedDuplicate: meta.confirmed,
    hold: { viewId: view.id, payload: payload as unknown as Prisma.InputJsonObject },
  });
  if (checked.kind !== 'accepted') return { checked, held };
  // Accepted means an active cadre and a form its rules pass: what the statement stores.
  if (!held) throw new Error(`accepted submission ${key} was not stored`);
  return { checked, held, stored: { id: held.id, key, slackUserId: userId, viewId: view.id, payload } };
}

async function answer(
  ctx: SlackContext,
  { ack, body, view, client }: Pick<ViewArgs, 'ack' | 'body' | 'view' | 'client'>,
  acked: () => void,
  flow: VisitFlow,
): Promise<void> {
  const userId = body.user.id;
  const meta = decodeVisitMeta(view.private_metadata);
  const form = readVisitForm(view.state.values as StateValues, meta);
  // The form's own language; for a view without one, asked at once, side by side with the check.
  const localeSoon = formLocale(ctx, meta, userId);
  localeSoon.catch(() => {});
  let decided: Decided | typeof LATE;
  try {
    const work = decide(ctx, userId, view, form, meta, localeSoon);
    decided = await withinBudget(work, SUBMIT_BUDGET_MS);
    if (decided === LATE) {
      // Told below that it did not go through, the user may change the form and send it again: what
      // this check stores after all must never be written as well.
      work
        .then((late) => (late.held ? ctx.services.visitWrites.abandon(late.held) : undefined))
        .catch((error: unknown) => ctx.logger.error({ err: error, viewId: view.id }, 'late visit check'));
      ctx.logger.warn({ viewId: view.id }, 'visit check exceeded the ack budget');
      await ack({
        response_action: 'errors',
        errors: visitFormError(t(await localeSoon, 'visit.error.slow')),
      });
      return;
    }
  } catch (error) {
    ctx.logger.error({ err: error, viewId: view.id }, 'visit submission failed');
    const lang = await localeSoon.catch(() => 'zh-CN' as const);
    await ack({ response_action: 'errors', errors: visitFormError(t(lang, 'errors.internal')) });
    return;
  }
  const locale = await localeSoon;
  await ack(answerFor(ctx, locale, form, meta, decided.checked));
  acked();
  // After the other requests already received are acked too, a few at a time: the write, or setting
  // aside what was stored of a refused one (the user was just answered).
  await afterPendingRequests();
  const { services, logger } = ctx;
  if (!('stored' in decided)) {
    const { held, checked } = decided;
    if (!held) return;
    await flow.afterAck
      .run(() => services.visitWrites.release(held, checked.kind))
      .catch((error: unknown) =>
        logger.error({ err: error, viewId: view.id }, 'refused visit not set aside'),
      );
    return;
  }
  const writer = { db: services.db, services, slack: client, logger, clock: services.clock };
  const { kind: _, ...accepted } = decided.checked;
  await flow.afterAck.run(() => writeHeldSubmission(writer, decided.stored, accepted));
}
