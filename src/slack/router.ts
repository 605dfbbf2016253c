/**
 * The app's listeners, found by their id in a table instead of by Bolt asking each one in turn.
 * Bolt runs every registered listener's matchers for every request (an async chain per listener,
 * each copying the request's arguments): measured, 235 µs per request with zhuqi's 19 listeners
 * against 76 µs for a Bolt app with two (docs/benchmarks.md), event-loop time that a burst of
 * requests pays before its last ack. Here one Bolt middleware looks the request up and calls its
 * handler with Bolt's own arguments; a request no handler takes goes on to Bolt unchanged.
 *
 * The feature modules register exactly as on Bolt's App (`Routes` is that part of its type), with
 * these limits, checked at registration: an id is a string or a RegExp, one handler per
 * registration, and a string id taken once per kind.
 */
import type { AnyMiddlewareArgs, App, Middleware, SlackAction } from '@slack/bolt';

export type Routes = Pick<App, 'action' | 'view' | 'options' | 'command' | 'event'>;

type Kind = 'action' | 'view' | 'options' | 'command' | 'event';
type Handler = (args: AnyMiddlewareArgs & Record<string, unknown>) => Promise<unknown> | unknown;

interface Table {
  exact: Map<string, Handler>;
  patterns: Array<{ pattern: RegExp; handler: Handler }>;
}

/** The id a request is routed by, and its kind: what Bolt's own matchers compare. */
function routeOf(body: Record<string, unknown>): { kind: Kind; id: string } | undefined {
  switch (body.type) {
    case 'block_actions': {
      const [action] = (body.actions as SlackAction[] | undefined) ?? [];
      const id = action && 'action_id' in action ? action.action_id : undefined;
      return typeof id === 'string' ? { kind: 'action', id } : undefined;
    }
    case 'view_submission':
      return { kind: 'view', id: String((body.view as { callback_id?: unknown }).callback_id) };
    case 'block_suggestion':
      return { kind: 'options', id: String(body.action_id) };
    case 'event_callback':
      return { kind: 'event', id: String((body.event as { type?: unknown }).type) };
    default:
      return typeof body.command === 'string' ? { kind: 'command', id: body.command } : undefined;
  }
}

export function createRouter(): { routes: Routes; middleware: Middleware<AnyMiddlewareArgs> } {
  const tables = new Map<Kind, Table>();

  function add(kind: Kind, id: unknown, handlers: unknown[]): void {
    const [handler] = handlers;
    if (handlers.length !== 1 || typeof handler !== 'function') {
      throw new Error(`${kind} ${String(id)}: register one handler`);
    }
    let table = tables.get(kind);
    if (!table) {
      table = { exact: new Map(), patterns: [] };
      tables.set(kind, table);
    }
    if (id instanceof RegExp) {
      table.patterns.push({ pattern: id, handler: handler as Handler });
    } else if (typeof id === 'string') {
      if (table.exact.has(id)) throw new Error(`${kind} ${id} is registered twice`);
      table.exact.set(id, handler as Handler);
    } else {
      throw new Error(`${kind}: route by a string or a RegExp, not ${JSON.stringify(id)}`);
    }
  }

  function find(route: { kind: Kind; id: string }): Handler | undefined {
    const table = tables.get(route.kind);
    if (!table) return undefined;
    return table.exact.get(route.id) ?? table.patterns.find((p) => p.pattern.test(route.id))?.handler;
  }

  const on =
    (kind: Kind) =>
    (id: unknown, ...handlers: unknown[]) =>
      add(kind, id, handlers);
  const routes = {
    action: on('action'),
    view: on('view'),
    options: on('options'),
    command: on('command'),
    event: on('event'),
  } as unknown as Routes;

  const middleware: Middleware<AnyMiddlewareArgs> = async (args) => {
    const route = routeOf(args.body as unknown as Record<string, unknown>);
    const handler = route && find(route);
    if (handler) await handler(args as unknown as AnyMiddlewareArgs & Record<string, unknown>);
    else await args.next();
  };
  return { routes, middleware };
}
