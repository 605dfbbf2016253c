// Which handler a Slack request reaches: by its kind and id, exact ids before patterns; anything
// else goes on to Bolt (next). The flows themselves are driven over HTTP in test/integration.
import type { AnyMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/slack/router.ts';

function routed() {
  const { routes, middleware } = createRouter();
  const reached: string[] = [];
  const handler = (name: string) => async () => {
    reached.push(name);
  };
  routes.action('issue.open', handler('open'));
  routes.action(/^issue\.move\.([a-z_]+)$/, handler('move'));
  routes.action(/^issue\./, handler('any issue action'));
  routes.view('visit.submit', handler('visit view'));
  routes.options('visit.enterprise', handler('enterprise options'));
  routes.command('/visit', handler('visit command'));
  routes.event('app_home_opened', handler('home'));
  const send = async (body: Record<string, unknown>) => {
    let next = false;
    await middleware({
      body,
      next: async () => {
        next = true;
      },
    } as unknown as AnyMiddlewareArgs & Parameters<typeof middleware>[0]);
    return next ? 'next' : reached.at(-1);
  };
  return { routes, send };
}

const action = (action_id: string) => ({ type: 'block_actions', actions: [{ action_id, type: 'button' }] });

describe('the Slack router', () => {
  it('sends each kind of request to the handler of its id', async () => {
    const { send } = routed();
    expect(await send(action('issue.open'))).toBe('open');
    expect(await send({ type: 'view_submission', view: { callback_id: 'visit.submit' } })).toBe('visit view');
    expect(await send({ type: 'block_suggestion', action_id: 'visit.enterprise' })).toBe(
      'enterprise options',
    );
    expect(await send({ command: '/visit', text: '' })).toBe('visit command');
    expect(await send({ type: 'event_callback', event: { type: 'app_home_opened' } })).toBe('home');
  });

  it('tries exact ids first, then patterns in the order registered', async () => {
    const { send } = routed();
    expect(await send(action('issue.move.accept'))).toBe('move');
    expect(await send(action('issue.snooze'))).toBe('any issue action');
  });

  it('passes on what it does not know: another kind, another id, a body without one', async () => {
    const { send } = routed();
    expect(await send({ type: 'view_submission', view: { callback_id: 'issue.open' } })).toBe('next');
    expect(await send(action('home.page.next'))).toBe('next');
    expect(await send({ type: 'view_closed', view: { callback_id: 'visit.submit' } })).toBe('next');
    expect(await send({ type: 'block_actions', actions: [] })).toBe('next');
    expect(await send({ type: 'event_callback', event: { type: 'message' } })).toBe('next');
  });

  it('refuses at registration what it cannot route faithfully', () => {
    const { routes } = routed();
    expect(() => routes.action('issue.open', async () => {})).toThrow('registered twice');
    expect(() => routes.view({ callback_id: 'x' } as never, async () => {})).toThrow('string or a RegExp');
    expect(() => routes.command('/x', (async () => {}) as never, (async () => {}) as never)).toThrow(
      'one handler',
    );
  });
});
