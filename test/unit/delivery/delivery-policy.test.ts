// The pure rules of delivery: what a Slack failure means, how long to wait before retrying, which
// limits a call is paced under.
import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { RETRY_CAP_MS, retryDelayMs, verdictOf } from '../../../src/delivery/retry-policy.ts';
import {
  classifySlackFailure,
  PermanentSlackError,
  SlackSendDeferred,
  TransientSlackError,
} from '../../../src/delivery/slack-errors.ts';
import { pacesFor } from '../../../src/delivery/slack-limits.ts';
import { PermanentDeliveryError, UnknownTopicError } from '../../../src/delivery/topics.ts';

const platform = (error: string) => new webApi.WebAPIPlatformError({ ok: false, error });
const NOW = 1_700_000_000_000;

describe('classifySlackFailure', () => {
  it('turns a 429 into a wait of Retry-After seconds, not a failure', () => {
    const outcome = classifySlackFailure('chat.postMessage', new webApi.WebAPIRateLimitedError(7), NOW);
    expect(outcome).toBeInstanceOf(SlackSendDeferred);
    expect((outcome as SlackSendDeferred).notBefore.getTime()).toBe(NOW + 7000);
  });

  it('gives up on errors about the request or the token', () => {
    for (const code of [
      'channel_not_found',
      'not_in_channel',
      'invalid_auth',
      'is_archived',
      'msg_too_long',
      'invalid_blocks',
    ]) {
      expect(classifySlackFailure('chat.postMessage', platform(code), NOW)).toBeInstanceOf(
        PermanentSlackError,
      );
    }
    // An error name Slack adds tomorrow is about the request too: dead-lettered, not retried forever.
    expect(classifySlackFailure('chat.postMessage', platform('brand_new_error'), NOW)).toBeInstanceOf(
      PermanentSlackError,
    );
  });

  it('retries what Slack documents as passing, 5xx and network failures', () => {
    expect(classifySlackFailure('chat.update', platform('internal_error'), NOW)).toBeInstanceOf(
      TransientSlackError,
    );
    const http = (status: number) => new webApi.WebAPIHTTPError(status, 'x', {}, '');
    expect(classifySlackFailure('chat.update', http(503), NOW)).toBeInstanceOf(TransientSlackError);
    expect(classifySlackFailure('chat.update', http(400), NOW)).toBeInstanceOf(PermanentSlackError);
    const network = new webApi.WebAPIRequestError(new Error('ECONNRESET'));
    expect(classifySlackFailure('chat.update', network, NOW)).toBeInstanceOf(TransientSlackError);
  });
});

describe('retry policy', () => {
  it('doubles from half a second and stops growing at ten minutes', () => {
    const middle = () => 0.5; // no jitter
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, middle))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelayMs(40, middle)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(1, () => 0)).toBe(400);
    expect(retryDelayMs(1, () => 1)).toBe(600);
  });

  it('dead-letters permanent errors, waits out deferrals, retries the rest (an unknown topic too)', () => {
    expect(verdictOf(new PermanentSlackError('chat.postMessage', 'channel_not_found')).kind).toBe('dead');
    expect(verdictOf(new PermanentDeliveryError('issue 4 was deleted')).kind).toBe('dead');
    const later = verdictOf(new SlackSendDeferred('chat.postMessage', new Date(NOW), 'paced'));
    expect(later).toMatchObject({ kind: 'later', notBefore: new Date(NOW) });
    expect(verdictOf(new TransientSlackError('chat.postMessage', 'http_502')).kind).toBe('retry');
    expect(verdictOf(new UnknownTopicError('issue.moved')).kind).toBe('retry');
    expect(verdictOf(new TypeError('oops')).kind).toBe('retry');
  });
});

describe('pacesFor', () => {
  it('paces a post per channel and per method; other methods by their tier', () => {
    expect(pacesFor('chat.postMessage', { channel: 'C1', text: 'x' })).toEqual([
      { scope: 'channel:C1', intervalMs: 1000, burst: 1 },
      { scope: 'method:chat.postMessage', intervalMs: 200, burst: 20 },
    ]);
    expect(pacesFor('chat.update', { channel: 'C1', ts: '1.2' })[0]?.scope).toBe('channel:C1');
    expect(pacesFor('views.publish', { user_id: 'U1' })).toEqual([
      { scope: 'method:views.publish', intervalMs: 600, burst: 10 },
    ]);
    expect(pacesFor('conversations.open', { users: 'U1' })).toEqual([
      { scope: 'method:conversations.open', intervalMs: 1200, burst: 5 },
    ]);
    // Unknown methods get tier 2, the floor most methods share.
    expect(pacesFor('bookmarks.add', {})[0]).toMatchObject({ intervalMs: 3000, burst: 3 });
  });
});
