// How the issue listeners answer one person, wherever the button was: under a message an ephemeral
// reply (through the response_url), inside a modal or the Home tab a small modal, since an ephemeral
// message has nowhere to go there. Also the request keys that make a retried delivery or a double
// click land once.
import { createHash } from 'node:crypto';
import type { BlockAction, RespondFn, ViewOutput, webApi } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import type { Locale } from '../../../i18n/index.ts';
import { noticeModal } from '../../views/issues/info-modals.ts';

type Client = webApi.WebClient;

/** True when the click came from a modal (a new view is pushed onto it rather than opened). */
function inModal(body: BlockAction): boolean {
  return body.container?.type === 'view' && body.view?.type === 'modal';
}

/** Opens `view` from a click: pushed over the modal it came from, else opened. Returns the view's id. */
export async function openFromAction(
  client: Client,
  body: BlockAction,
  view: ModalView,
): Promise<string | undefined> {
  const opened = inModal(body)
    ? await client.views.push({ trigger_id: body.trigger_id, view })
    : await client.views.open({ trigger_id: body.trigger_id, view });
  return opened.view?.id;
}

/** Tells the clicking user something only they see. */
export async function tellUser(
  client: Client,
  body: BlockAction,
  respond: RespondFn,
  locale: Locale,
  text: string,
): Promise<void> {
  if (body.container?.type === 'message' && body.response_url) {
    await respond({ response_type: 'ephemeral', replace_original: false, text });
    return;
  }
  await openFromAction(client, body, noticeModal(locale, text));
}

/**
 * A view submission's key: the view and exactly what was in it. A double click on Submit and Slack's
 * retries carry the same; a corrected resubmission after an error is a new request.
 */
export function submissionKey(view: Pick<ViewOutput, 'id' | 'state'>): string {
  const digest = createHash('sha256').update(JSON.stringify(view.state.values)).digest('hex').slice(0, 32);
  return `slack:view:${view.id}:${digest}`;
}

/** A click's key: Slack stamps each click with its own action_ts, and re-delivers it unchanged. */
export function actionKey(userId: string, actionTs: string): string {
  return `slack:action:${userId}:${actionTs}`;
}
