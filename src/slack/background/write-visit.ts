// A worker's half of a visit submission (the web's half: listeners/visit/submit.ts; the hand-off:
// services/visit-writes.ts). The row stored before the ack ("saving…") is written exactly once, then
// the modal is replaced with the "visit logged" view, or with the form again, as typed, with the error
// beside its field. Nothing the user typed is lost: if the modal is gone (closed meanwhile), the
// outcome goes to them as a direct message, their summary included when the write failed.
import type { webApi } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { type Locale, t } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import type { Db } from '../../persistence/prisma.ts';
import {
  createVisitSubmissionStore,
  type StoredSubmission,
} from '../../persistence/visits/visit-submissions.ts';
import type { AppServices } from '../../services/index.ts';
import type { AcceptedVisit, RecordOutcome } from '../../services/visit-service.ts';
import { escapeMrkdwn, truncate } from '../views/escape.ts';
import { visitFieldErrors, visitFormError } from '../views/visit/errors.ts';
import type { VisitFormValues } from '../views/visit/form.ts';
import { loggedVisitView } from '../views/visit/logged.ts';
import type { VisitMeta } from '../views/visit/metadata.ts';
import { visitModal } from '../views/visit/modal.ts';

/** What the web process stores with an accepted submission: the visit, and the form to show again. */
export interface SubmissionPayload {
  locale: Locale;
  form: VisitFormValues;
  meta: VisitMeta;
  accepted: AcceptedVisit;
}

export interface VisitWriterDeps {
  db: Db;
  services: Pick<AppServices, 'org' | 'visits'>;
  /**
   * Answers the user's own action at once (their modal, their DM): Bolt's kind of client, which waits
   * out a 429 by itself, not the paced sender of broadcasts.
   */
  slack: Pick<webApi.WebClient, 'views' | 'chat'>;
  logger: Logger;
  clock: () => Date;
}

export type WriteResult = { outcome: 'logged' | 'refused' | 'failed' | 'not-pending' };

/** `refused`: the directory or the rules said no; `failed`: the write broke (the database, a bug). */
type Finished =
  /** `recorded`: the visit's transaction marked the submission written (not a replay). */
  | { outcome: 'logged'; view: ModalView; recorded: boolean }
  | { outcome: 'refused' | 'failed'; view: ModalView; reason: string; detail: string };

interface Submission extends SubmissionPayload {
  id: bigint;
  userId: string;
  key: string;
}

async function write(deps: VisitWriterDeps, s: Submission): Promise<Finished> {
  const formAgain = (outcome: 'refused' | 'failed', errors: Record<string, string>, detail: string) => ({
    outcome,
    view: visitModal({ locale: s.locale, form: s.form, meta: s.meta, notes: errors }),
    reason: Object.values(errors).join(' '),
    detail,
  });
  try {
    // Where the cadre sits decides where the visit's problems go: read now, not at the ack.
    const cadre = await deps.services.org.findCadreBySlackUser(s.userId);
    if (!cadre) {
      return formAgain(
        'refused',
        visitFormError(t(s.locale, 'errors.not_in_directory')),
        'not in the directory',
      );
    }
    const actor = await deps.services.org.actorOf(cadre);
    const visitor = { slackUserId: s.userId, cadreId: cadre.id, actor };
    const outcome: RecordOutcome = await deps.services.visits.record(visitor, s.accepted, s.key, s.id);
    if (outcome.kind === 'invalid') {
      return formAgain('refused', visitFieldErrors(s.locale, outcome.error), outcome.error.message);
    }
    deps.logger.info({ visitId: outcome.visit.visitId, replayed: outcome.replayed }, 'visit logged');
    return { outcome: 'logged', view: loggedVisitView(s.locale, outcome.visit), recorded: !outcome.replayed };
  } catch (error) {
    deps.logger.error({ err: error, key: s.key }, 'visit write failed');
    return formAgain('failed', visitFormError(t(s.locale, 'errors.internal')), String(error));
  }
}

function directMessage(s: Submission, finished: Finished): string {
  const { visit } = s.accepted;
  const about = { enterprise: escapeMrkdwn(s.accepted.enterpriseName), date: visit.date };
  if (finished.outcome === 'logged') return t(s.locale, 'visit.saved.dm', about);
  const summary = escapeMrkdwn(truncate(visit.summary, 2000)).replace(/\n/g, '\n>');
  return t(s.locale, 'visit.failed.dm', { ...about, reason: finished.reason, summary });
}

async function tellUser(deps: VisitWriterDeps, viewId: string, s: Submission, finished: Finished) {
  try {
    // No hash: the ack's "saving…" view changed it, and nothing else may update the modal meanwhile.
    await deps.slack.views.update({ view_id: viewId, view: finished.view });
  } catch (error) {
    deps.logger.info({ err: error, viewId }, 'visit modal gone: telling the user directly');
    await deps.slack.chat
      .postMessage({ channel: s.userId, text: directMessage(s, finished) })
      .catch((err: unknown) => deps.logger.error({ err, userId: s.userId }, 'visit outcome not delivered'));
  }
}

async function finish(deps: VisitWriterDeps, row: StoredSubmission, claimed: boolean): Promise<WriteResult> {
  const s: Submission = {
    ...(row.payload as SubmissionPayload),
    id: row.id,
    userId: row.slackUserId,
    key: row.key,
  };
  const finished = await write(deps, s);
  await tellUser(deps, row.viewId, s, finished);
  if (finished.outcome !== 'logged' || !finished.recorded) {
    await createVisitSubmissionStore(deps.db).settle(row.id, {
      status: finished.outcome === 'logged' ? 'done' : 'failed',
      at: deps.clock(),
      ...('detail' in finished ? { error: finished.detail } : {}),
      countRun: !claimed,
    });
  }
  return { outcome: finished.outcome };
}

/** The web process, after its ack: writes the submission it just stored and still holds. */
export function writeHeldSubmission(deps: VisitWriterDeps, held: StoredSubmission): Promise<WriteResult> {
  return finish(deps, held, false);
}

/** A worker: takes the stored submission `id` if still pending, writes it, shows the outcome. */
export async function writeVisitSubmission(deps: VisitWriterDeps, id: bigint): Promise<WriteResult> {
  const row = await createVisitSubmissionStore(deps.db).claim(id);
  // Settled already: written meanwhile by the web process, or this job was asked for twice.
  if (!row) return { outcome: 'not-pending' };
  return finish(deps, row, true);
}
