// What a failed Web API call means for the message: send it later without counting an attempt (rate
// limits), try again with backoff (Slack or the network had a bad moment), or give up (retrying the same
// request can only get the same answer).
import { webApi } from '@slack/bolt';

/** Retrying cannot help: the message goes to the dead letters (outbox row `dead`). */
export class PermanentSlackError extends Error {
  override readonly name = 'PermanentSlackError';
  constructor(
    readonly method: string,
    /** Slack's error name (`channel_not_found`) or `http_<status>`. */
    readonly code: string,
  ) {
    super(`${method}: ${code}`);
  }
}

/** Slack or the network failed in a way that may pass: try again later, counting an attempt. */
export class TransientSlackError extends Error {
  override readonly name = 'TransientSlackError';
  constructor(
    readonly method: string,
    readonly code: string,
  ) {
    super(`${method}: ${code}`);
  }
}

/**
 * Not now, but not a failure either: Slack asked us to wait (429 Retry-After) or our own pacing has no
 * free slot soon enough. The message is sent at `notBefore` and no attempt is counted.
 */
export class SlackSendDeferred extends Error {
  override readonly name = 'SlackSendDeferred';
  constructor(
    readonly method: string,
    readonly notBefore: Date,
    readonly reason: 'rate_limited' | 'paced',
  ) {
    super(`${method}: ${reason} until ${notBefore.toISOString()}`);
  }
}

/**
 * Platform errors Slack documents as passing: everything else Slack answers with `ok: false` describes
 * the request or the token, so repeating the request gets the same answer. An unknown new error name is
 * therefore dead-lettered rather than retried forever.
 */
const TRANSIENT_PLATFORM_ERRORS = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
  'rate_limited',
  'team_added_to_org',
]);

/** Maps a WebClient failure (its retries disabled) to one of the three outcomes above. */
export function classifySlackFailure(
  method: string,
  error: unknown,
  now: number,
): PermanentSlackError | TransientSlackError | SlackSendDeferred {
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return new SlackSendDeferred(method, new Date(now + error.retryAfter * 1000), 'rate_limited');
  }
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = String(error.data.error);
    return TRANSIENT_PLATFORM_ERRORS.has(code)
      ? new TransientSlackError(method, code)
      : new PermanentSlackError(method, code);
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    const status = error.statusCode;
    // 5xx and timeouts pass; other 4xx (Slack uses few) describe the request.
    const passes = status >= 500 || status === 408;
    return passes
      ? new TransientSlackError(method, `http_${status}`)
      : new PermanentSlackError(method, `http_${status}`);
  }
  // WebAPIRequestError (connection refused, reset, timeout) and anything unexpected: try again.
  const detail = error instanceof webApi.WebAPIRequestError ? error.original.message : String(error);
  return new TransientSlackError(method, `request_failed: ${detail}`);
}
