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

export type WriteResult = { outcome: 'logged' | 'refused' | 'failed' | 'not-pending' | 'missing' };

/** `refused`: the directory or the rules said no; `failed`: the write broke (the database, a bug). */
type Finished =
  | { outcome: 'logged'; view: ModalView }
  | { outcome: 'refused' | 'failed'; view: ModalView; reason: string; detail: string };

interface Submission extends SubmissionPayload {
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
    const outcome: RecordOutcome = await deps.services.visits.record(visitor, s.accepted, s.key);
    if (outcome.kind === 'invalid') {
      return formAgain('refused', visitFieldErrors(s.locale, outcome.error), outcome.error.message);
    }
    deps.logger.info({ visitId: outcome.visit.visitId, replayed: outcome.replayed }, 'visit logged');
    return { outcome: 'logged', view: loggedVisitView(s.locale, outcome.visit) };
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

async function tellUser(deps: VisitWriterDeps, row: StoredSubmission, s: Submission, finished: Finished) {
  try {
    // No hash: the ack's "saving…" view changed it, and nothing else may update the modal meanwhile.
    await deps.slack.views.update({ view_id: row.viewId, view: finished.view });
  } catch (error) {
    deps.logger.info({ err: error, viewId: row.viewId }, 'visit modal gone: telling the user directly');
    await deps.slack.chat
      .postMessage({ channel: s.userId, text: directMessage(s, finished) })
      .catch((err: unknown) => deps.logger.error({ err, userId: s.userId }, 'visit outcome not delivered'));
  }
}

/** Writes the stored submission `id` and shows the user the outcome; settles its row. */
export async function writeVisitSubmission(deps: VisitWriterDeps, id: bigint): Promise<WriteResult> {
  const store = createVisitSubmissionStore(deps.db);
  const row = await store.load(id);
  if (!row) return { outcome: 'missing' };
  // Settled already: this job was asked for twice (a recovery run racing the first).
  if (row.status !== 'pending') return { outcome: 'not-pending' };
  await store.started(id);
  const s: Submission = { ...(row.payload as SubmissionPayload), userId: row.slackUserId, key: row.key };
  const finished = await write(deps, s);
  await tellUser(deps, row, s, finished);
  const settled = finished.outcome === 'logged' ? 'done' : 'failed';
  await store.settle(id, settled, deps.clock(), 'detail' in finished ? finished.detail : undefined);
  return { outcome: finished.outcome };
}
