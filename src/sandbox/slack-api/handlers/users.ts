import { describeUser } from '../state/directory.ts';
import { bool, fail, type MethodHandler, ok, str } from './context.ts';

export const userHandlers: Record<string, MethodHandler> = {
  // `locale` only with include_locale=true, as in Slack.
  'users.info': (args, { ws }) => {
    const id = str(args.user);
    const user = id ? ws.directory.get(id) : undefined;
    if (!user) return fail('user_not_found');
    return ok({ user: describeUser(user, ws.team.id, bool(args.include_locale)) });
  },
};
