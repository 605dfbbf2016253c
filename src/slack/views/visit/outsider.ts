// What replaces the visit modal for someone outside the cadre directory: the modal opens before the
// directory is read (the trigger lives 3 seconds), so an outsider briefly sees the form, then this.
import type { ModalView } from '@slack/types';
import { type Locale, t } from '../../../i18n/index.ts';
import { VISIT_LOGGED_CALLBACK } from '../../ids/visit.ts';
import { plain, section } from './blocks.ts';

export function outsiderView(locale: Locale): ModalView {
  return {
    type: 'modal',
    callback_id: VISIT_LOGGED_CALLBACK,
    title: plain(t(locale, 'visit.outsider.title'), 24),
    close: plain(t(locale, 'visit.result.close'), 24),
    blocks: [section(t(locale, 'errors.not_in_directory'))],
  };
}
