import { checkView } from '../rules/payloads.ts';
import type { SlackBody } from '../types.ts';
import type { Workspace } from './workspace.ts';

/** The ack body an app returns to a view_submission (Bolt's `ack(...)`). */
export interface ViewSubmissionAck {
  response_action?: 'errors' | 'update' | 'push' | 'clear';
  view?: Record<string, unknown>;
  errors?: Record<string, string>;
}

/**
 * What Slack does with the modal after the app acks a submission: no response_action closes the submitted
 * view; `update` replaces it; `push` stacks a new one (3 at most); `clear` closes the whole stack; `errors`
 * keeps it open. Answers Slack's refusal when the returned view breaks a rule.
 */
export function applyViewSubmissionAck(ws: Workspace, viewId: string, ack: unknown): SlackBody | undefined {
  const body = (typeof ack === 'object' && ack !== null ? ack : {}) as ViewSubmissionAck;
  switch (body.response_action) {
    case 'errors':
      return undefined;
    case 'clear':
      ws.views.close(viewId, true);
      return undefined;
    case 'update': {
      const refusal = checkView(body.view, 'modal');
      if (refusal) return refusal;
      ws.views.replace(viewId, body.view as Record<string, unknown>);
      return undefined;
    }
    case 'push': {
      const refusal = checkView(body.view, 'modal');
      if (refusal) return refusal;
      return ws.views.push(viewId, body.view as Record<string, unknown>)
        ? undefined
        : { ok: false, error: 'push_limit_reached' };
    }
    default:
      ws.views.close(viewId);
      return undefined;
  }
}
