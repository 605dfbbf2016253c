// Sends requests to the app under test exactly as Slack does: signed, with Slack's content types and
// headers, so Bolt's real receiver (signature check, body parsing, ack) is exercised.
import { createHmac } from 'node:crypto';
import type { FakeSlack, SlackBody, StoredView } from './slack-api/index.ts';
import {
  type BlockActionOptions,
  type BlockSuggestionOptions,
  blockActionsPayload,
  blockSuggestionPayload,
  type CommandOptions,
  commandForm,
  DEFAULT_CHANNEL,
  type EnvelopeOptions,
  eventEnvelope,
  type ViewValues,
  viewClosedPayload,
  viewSubmissionPayload,
} from './slack-payloads.ts';

/** Slack's request signature: `v0=` + hex HMAC-SHA256(secret, `v0:{timestamp}:{raw body}`). */
export function slackSignature(signingSecret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface SendOptions {
  /** X-Slack-Request-Timestamp in seconds; default now. */
  timestamp?: number;
  /** Sign with a wrong secret. */
  badSignature?: boolean;
  /** Send this exact X-Slack-Signature. */
  signature?: string;
  /** X-Slack-Retry-Num, as on Slack's re-deliveries. */
  retryNum?: number;
  /** X-Slack-Retry-Reason (default `http_timeout` when retryNum is set). */
  retryReason?: string;
  /** Override the Content-Type (Bolt refuses form bodies with a charset suffix). */
  contentType?: string;
}

/** The body an app acks with: empty, or JSON (response_action, errors, view, options, blocks…). */
export interface AckBody {
  [key: string]: unknown;
  response_action?: string;
  errors?: Record<string, string>;
  view?: Record<string, unknown>;
  text?: string;
  blocks?: Array<Record<string, unknown>>;
  response_type?: string;
  options?: unknown[];
  option_groups?: unknown[];
}

export interface SlackReply {
  status: number;
  headers: Record<string, string>;
  /** The raw response text. */
  text: string;
  /** The parsed JSON ack body, undefined when the app acked without a body. */
  body: AckBody | undefined;
}

export interface InteractionReply extends SlackReply {
  triggerId: string;
  responseUrl?: string;
}

export interface ViewSubmissionReply extends SlackReply {
  triggerId: string;
  /** Slack's refusal of the view returned in the ack (response_action update/push), if it breaks a rule. */
  ackRefusal?: SlackBody;
}

const FORM = 'application/x-www-form-urlencoded';

export class SlackClient {
  constructor(
    /** The app's origin, e.g. `http://127.0.0.1:PORT`. */
    private readonly baseUrl: string,
    private readonly signingSecret: string,
    private readonly fake: FakeSlack,
    private readonly path = '/slack/events',
  ) {}

  /** A slash command; the trigger_id and response_url are issued by the fake so the app can use them. */
  async command(name: string, options: CommandOptions, send: SendOptions = {}): Promise<InteractionReply> {
    const channelId = options.channelId ?? DEFAULT_CHANNEL;
    const triggerId = this.fake.issueTriggerId({ userId: options.userId });
    const responseUrl = this.fake.issueResponseUrl({ channelId, userId: options.userId });
    const form = commandForm(this.fake, name, options, triggerId, responseUrl);
    const reply = await this.post(new URLSearchParams(form).toString(), FORM, send);
    return { ...reply, triggerId, responseUrl };
  }

  /** A click or selection on a message (channelId/messageTs) or in a view (viewId). */
  async blockAction(options: BlockActionOptions, send: SendOptions = {}): Promise<InteractionReply> {
    const triggerId = this.fake.issueTriggerId({ userId: options.userId, viewId: options.viewId });
    const responseUrl = options.viewId
      ? undefined
      : this.fake.issueResponseUrl({
          channelId: options.channelId ?? DEFAULT_CHANNEL,
          userId: options.userId,
          messageTs: options.messageTs,
        });
    const reply = await this.interaction(
      blockActionsPayload(this.fake, options, triggerId, responseUrl),
      send,
    );
    return { ...reply, triggerId, responseUrl };
  }

  /**
   * Submits a modal with these input values. After a 200, the fake applies the ack as Slack would
   * (close, update, push, clear; errors keeps it open), so later steps see the right view stack.
   */
  async viewSubmission(
    view: string | StoredView,
    values: ViewValues,
    userId: string,
    send: SendOptions = {},
  ): Promise<ViewSubmissionReply> {
    const viewId = typeof view === 'string' ? view : view.id;
    const triggerId = this.fake.issueTriggerId({ userId, viewId });
    const reply = await this.interaction(
      viewSubmissionPayload(this.fake, view, values, userId, triggerId),
      send,
    );
    const ackRefusal =
      reply.status === 200 ? this.fake.applyViewSubmissionAck(viewId, reply.body) : undefined;
    return { ...reply, triggerId, ...(ackRefusal ? { ackRefusal } : {}) };
  }

  /** The user closed the modal (needs notify_on_close); the fake closes it too. */
  async viewClosed(
    view: string | StoredView,
    userId: string,
    options: { isCleared?: boolean } = {},
    send: SendOptions = {},
  ): Promise<SlackReply> {
    const viewId = typeof view === 'string' ? view : view.id;
    const reply = await this.interaction(
      viewClosedPayload(this.fake, view, userId, options.isCleared ?? false),
      send,
    );
    if (reply.status === 200) this.fake.closeView(viewId, options.isCleared ?? false);
    return reply;
  }

  /** An external_select asking for options; the ack body carries `options` / `option_groups`. */
  blockSuggestion(options: BlockSuggestionOptions, send: SendOptions = {}): Promise<SlackReply> {
    return this.interaction(blockSuggestionPayload(this.fake, options), send);
  }

  /** An Events API delivery (JSON body) wrapping `event`. */
  event(
    event: Record<string, unknown>,
    options: EnvelopeOptions = {},
    send: SendOptions = {},
  ): Promise<SlackReply> {
    return this.post(JSON.stringify(eventEnvelope(this.fake, event, options)), 'application/json', send);
  }

  /** Slack's URL verification handshake. */
  urlVerification(challenge: string, send: SendOptions = {}): Promise<SlackReply> {
    const body = { token: 'legacy-verification-token', challenge, type: 'url_verification' };
    return this.post(JSON.stringify(body), 'application/json', send);
  }

  /** Any interaction payload: one form field `payload=<json>`, as Slack sends them. */
  interaction(payload: Record<string, unknown>, send: SendOptions = {}): Promise<SlackReply> {
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM, send);
  }

  /** A signed POST of a raw body to the events endpoint. */
  async post(rawBody: string, contentType: string, send: SendOptions = {}): Promise<SlackReply> {
    const timestamp = send.timestamp ?? Math.floor(Date.now() / 1000);
    const secret = send.badSignature ? `${this.signingSecret}-wrong` : this.signingSecret;
    const headers: Record<string, string> = {
      'content-type': send.contentType ?? contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': send.signature ?? slackSignature(secret, timestamp, rawBody),
      'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    };
    if (send.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(send.retryNum);
      headers['x-slack-retry-reason'] = send.retryReason ?? 'http_timeout';
    }
    const res = await fetch(new URL(this.path, this.baseUrl), {
      method: 'POST',
      headers,
      body: rawBody,
      redirect: 'manual',
    });
    const text = await res.text();
    return { status: res.status, headers: Object.fromEntries(res.headers), text, body: parseAck(text) };
  }
}

function parseAck(text: string): AckBody | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as AckBody) : undefined;
  } catch {
    return undefined;
  }
}
