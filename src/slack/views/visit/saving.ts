// What the modal shows between the ack and the write: the ack no longer waits for the write (docs/
// benchmarks.md), so it answers with this, and the listener replaces it with the "visit logged" view
// or with the form again, as typed, with the error beside its field. No Submit button: nothing to
// press twice meanwhile.
import type { ModalView } from '@slack/types';
import { type Locale, t } from '../../../i18n/index.ts';
import { VISIT_SAVING_CALLBACK } from '../../ids/visit.ts';
import { escapeMrkdwn } from '../escape.ts';
import { plain, section } from './blocks.ts';

export function savingVisitView(locale: Locale, enterpriseName: string): ModalView {
  return {
    type: 'modal',
    callback_id: VISIT_SAVING_CALLBACK,
    title: plain(t(locale, 'visit.saving.title'), 24),
    close: plain(t(locale, 'visit.saving.close'), 24),
    blocks: [section(t(locale, 'visit.saving.text', { enterprise: escapeMrkdwn(enterpriseName) }))],
  };
}
