// `/visit [text]`: opens the visit modal, pre-filled from the text, at once — or, one of a burst, once
// the burst is acked (50 ms without an ack; at most 100 ms on): the trigger_id lives 3 seconds, so
// nothing is read from the database before (the language comes from memory, mostly). Then it reads who is asking and which
// enterprise the text names, and updates the open modal if that changes anything: an outsider's form
// becomes a notice (and an ephemeral message says the same).
import { localDateOf } from '../../../calendar/index.ts';
import { type CommandPrefill, splitCommandText } from '../../../domain/visits/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import type { SlackContext } from '../../context.ts';
import { COMMANDS } from '../../ids/commands.ts';
import type { Routes } from '../../router.ts';
import { emptyVisitForm } from '../../views/visit/form.ts';
import { newVisitMeta } from '../../views/visit/metadata.ts';
import { type PrefillNotice, visitModal } from '../../views/visit/modal.ts';
import { enterpriseOptionText } from '../../views/visit/options.ts';
import { outsiderView } from '../../views/visit/outsider.ts';
import type { VisitFlow } from './flow.ts';

/**
 * How long views.open may wait for the burst around it to be acked. Measured (docs/benchmarks.md):
 * opened at once, the modals of a burst's first requests (building the view, the Web API call) held
 * up the acks of the rest; waiting for quiet took the burst's p99 ack from 1.5–2.2× the bare app's
 * to 1.0–1.5× in most runs. Bounded, since the trigger lives 3 s: under saturation every open waits
 * this long (250 ms pushed the slowest opens past 2 s).
 */
const OPEN_WAITS_MS = 100;

/**
 * How long without an ack ends a burst, for the modal's open: longer than the lane's 15 ms, since the
 * open is the heaviest post-ack work (building the view, the Web API call, Slack's answer). Measured
 * (docs/benchmarks.md, four alternating pairs of runs): burst p99 1.35–1.50× the bare app's at 15 ms,
 * 0.92–1.36× at 50 ms; the slowest opens unchanged (p99 0.7–1.2 s of the 3 s).
 */
const BURST_ENDS_AFTER_MS = 50;

interface OpenModal {
  userId: string;
  locale: Locale;
  prefill: CommandPrefill;
  today: string;
}

export function registerVisitCommand(app: Routes, ctx: SlackContext, { afterAck, callers }: VisitFlow): void {
  app.command(COMMANDS.visit, async ({ ack, command, client, respond }) => {
    // The answer is the modal, opened with the trigger below, not the ack: ack before anything else,
    // and let the other requests of a burst be acked too before this one's work begins.
    await ack();
    // Asked before this ack counts: a lone /visit opens at once, one of a burst once it is acked.
    const quiet = afterAck.quiet(OPEN_WAITS_MS, BURST_ENDS_AFTER_MS);
    afterAck.acking()();
    await quiet;
    const userId = command.user_id;
    const prefill = splitCommandText(command.text);
    const m: OpenModal = {
      userId,
      locale: await ctx.localeOf(userId),
      prefill,
      today: localDateOf(ctx.services.clock(), ctx.services.timeZone),
    };
    const listed: PrefillNotice | undefined =
      prefill.query === '' ? undefined : { kind: 'listed', query: prefill.query };
    const opened = await client.views.open({
      trigger_id: command.trigger_id,
      view: prefilledModal(m, listed),
    });
    const viewId = opened.view?.id;
    if (!viewId) return;

    // Who asks and what the words name: database work, through the lane (acks and views.open first).
    await afterAck.run(async () => {
      const [cadre, choice] = await Promise.all([
        callers.cadre(userId),
        prefill.query === '' ? undefined : ctx.services.visits.prefill(userId, prefill.query),
      ]);
      let view: ReturnType<typeof visitModal> | undefined;
      if (!cadre) {
        view = outsiderView(m.locale);
      } else if (choice?.kind === 'picked') {
        const picked = { value: String(choice.hit.id), text: enterpriseOptionText(choice.hit) };
        view = prefilledModal(m, { kind: 'picked', query: prefill.query, name: choice.hit.name }, picked);
      } else if (choice?.kind === 'none') {
        view = prefilledModal(m, { kind: 'none', query: prefill.query });
      }
      // Several matches, or none to look up: the open modal is already right.
      if (view) {
        try {
          // The hash makes Slack refuse the update if the user changed the modal meanwhile: theirs wins
          // (an outsider who got to Submit first is refused there, with the same message).
          const hash = opened.view?.hash;
          await client.views.update({ view_id: viewId, ...(hash ? { hash } : {}), view });
        } catch (error) {
          ctx.logger.info({ err: error, viewId }, 'visit modal not updated after opening');
        }
      }
      if (!cadre) await respond({ response_type: 'ephemeral', text: t(m.locale, 'errors.not_in_directory') });
    });
  });
}

/** The modal for the text's words, told what the directory said about them once it has. */
function prefilledModal(m: OpenModal, notice?: PrefillNotice, picked?: { value: string; text: string }) {
  // Words that name no enterprise were the start of a summary.
  const none = notice?.kind === 'none';
  const form = emptyVisitForm(m.today, none ? m.prefill.text : m.prefill.summary);
  form.enterprise = picked ?? null;
  const meta = newVisitMeta(none ? '' : m.prefill.query, m.locale);
  return visitModal({ locale: m.locale, form, meta, ...(notice ? { prefill: notice } : {}) });
}
