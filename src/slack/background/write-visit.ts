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
import { toVisitDraft, type VisitFormValues } from '../views/visit/form.ts';
import { loggedVisitView } from '../views/visit/logged.ts';
import type { VisitMeta } from '../views/visit/metadata.ts';
import { duplicateNotice, visitModal } from '../views/visit/modal.ts';

/** What the web process stores with a submission: the form as typed, to check again and to show again. */
export interface SubmissionPayload {
  locale: Locale;
  form: VisitFormValues;
  meta: VisitMeta;
}

export interface VisitWriterDeps {
  db: Db;
  services: Pick<AppServices, 'org' | 'visits' | 'timeZone'>;
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
  /** What the web process's check accepted at the ack; a worker checks the form again. */
  accepted?: AcceptedVisit;
}

/** The check once more, as at the ack (the same answers), for a worker taking over a submission. */
async function checkAgain(
  deps: VisitWriterDeps,
  s: Submission,
  formAgain: (errors: Record<string, string>, detail: string) => Finished,
): Promise<AcceptedVisit | Finished> {
  const { checked } = await deps.services.visits.check(s.userId, toVisitDraft(s.form), {
    key: s.key,
    confirmedDuplicate: s.meta.confirmed,
  });
  switch (checked.kind) {
    case 'accepted':
      return { visit: checked.visit, enterpriseName: checked.enterpriseName };
    case 'outsider':
      return formAgain(visitFormError(t(s.locale, 'errors.not_in_directory')), 'not in the directory');
    case 'invalid':
      return formAgain(visitFieldErrors(s.locale, checked.error), checked.error.message);
    case 'duplicate': {
      const { enterpriseName, earlier, confirmKey } = checked;
      const duplicate = duplicateNotice(enterpriseName, s.form.date ?? '', earlier, deps.services.timeZone);
      const view = visitModal({
        locale: s.locale,
        form: s.form,
        meta: { ...s.meta, confirmed: confirmKey },
        duplicate,
      });
      const reason = t(s.locale, 'visit.error.same_day', { date: duplicate.date });
      return { outcome: 'refused', view, reason, detail: 'a visit to the firm that day already' };
    }
  }
}

async function write(deps: VisitWriterDeps, s: Submission): Promise<Finished> {
  const formAgain = (outcome: 'refused' | 'failed', errors: Record<string, string>, detail: string) => ({
    outcome,
    view: visitModal({ locale: s.locale, form: s.form, meta: s.meta, notes: errors }),
    reason: Object.values(errors).join(' '),
    detail,
  });
  try {
    const accepted =
      s.accepted ?? (await checkAgain(deps, s, (errors, detail) => formAgain('refused', errors, detail)));
    if ('outcome' in accepted) return accepted;
    s.accepted = accepted;
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
    const outcome: RecordOutcome = await deps.services.visits.record(visitor, accepted, s.key, s.id);
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
  const enterprise = s.accepted?.enterpriseName ?? s.form.enterprise?.text ?? '';
  const about = { enterprise: escapeMrkdwn(enterprise), date: s.accepted?.visit.date ?? s.form.date ?? '' };
  if (finished.outcome === 'logged') return t(s.locale, 'visit.saved.dm', about);
  const typed = s.accepted?.visit.summary ?? s.form.summary;
  const summary = escapeMrkdwn(truncate(typed, 2000)).replace(/\n/g, '\n>');
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

async function finish(
  deps: VisitWriterDeps,
  row: StoredSubmission,
  claimed: boolean,
  accepted?: AcceptedVisit,
): Promise<WriteResult> {
  const s: Submission = {
    ...(row.payload as SubmissionPayload),
    id: row.id,
    userId: row.slackUserId,
    key: row.key,
    ...(accepted ? { accepted } : {}),
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

/** The web process, after its ack: writes the submission it just stored, as its check accepted it. */
export function writeHeldSubmission(
  deps: VisitWriterDeps,
  held: StoredSubmission,
  accepted: AcceptedVisit,
): Promise<WriteResult> {
  return finish(deps, held, false, accepted);
}

/** A worker: takes the stored submission `id` if still pending, writes it, shows the outcome. */
export async function writeVisitSubmission(deps: VisitWriterDeps, id: bigint): Promise<WriteResult> {
  const row = await createVisitSubmissionStore(deps.db).claim(id);
  // Settled already: written meanwhile by the web process, or this job was asked for twice.
  if (!row) return { outcome: 'not-pending' };
  return finish(deps, row, true);
}
