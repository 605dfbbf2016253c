import { parseArgs } from 'node:util';
import { parseScopeKey, SCOPE_KEY_FORMS, scopeKey } from '../../domain/digests/index.ts';
import { LOCALES } from '../../i18n/index.ts';
import {
  listSubscriptions,
  removeSubscription,
  type SubscriptionKind,
  upsertSubscription,
} from '../../persistence/digests/subscriptions.ts';
import { type CliCommand, type CliContext, EXIT, UsageError } from './command.ts';

const usage = `Usage: npm run zhuqi -- channel add <channel-id> <digest|supervision> [--scope <scope>] [--locale <zh-CN|en>]
       npm run zhuqi -- channel remove <channel-id> <digest|supervision>
       npm run zhuqi -- channel list [digest|supervision]

Sets the leadership channels that get the daily progress digest (digest, every working day at 08:30)
and the supervision channels that get the weekly supervision report (supervision, on the first
working day of each week at 09:00). A channel can hold one of each.

  <channel-id>  the Slack channel's id (C… or G…; in Slack: channel details → bottom of "About").
                The bot must be a member of a private channel to post there, and of any channel
                to read its history (it looks there before re-sending after a crash).
  --scope       what the channel covers: ${SCOPE_KEY_FORMS} (default district).
                The code is the unit's code in the directory (e.g. TF-01, FG-03).
  --locale      the language of the messages (default: APP_LOCALE).

Adding a channel already subscribed changes its scope (and locale, when given).

Exit status: 0 done, 1 failed (an unknown unit, nothing to remove), 2 wrong usage.`;

const KINDS: readonly SubscriptionKind[] = ['digest', 'supervision'];
const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;

function kindOf(value: string | undefined): SubscriptionKind {
  if (value === undefined) throw new UsageError('digest or supervision is required');
  if (!(KINDS as readonly string[]).includes(value))
    throw new UsageError(`"${value}" is not digest or supervision`);
  return value as SubscriptionKind;
}

function channelOf(value: string | undefined): string {
  if (value === undefined) throw new UsageError('a channel id is required');
  if (!CHANNEL_ID.test(value)) throw new UsageError(`"${value}" is not a Slack channel id (C… or G…)`);
  return value;
}

function parse(args: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { scope: { type: 'string' }, locale: { type: 'string' } },
      allowPositionals: true,
    });
    const [action, ...rest] = positionals;
    if (action === 'list') {
      if (rest.length > 1) throw new UsageError(`unexpected argument "${rest[1]}"`);
      if (values.scope !== undefined || values.locale !== undefined)
        throw new UsageError('list takes no options');
      return { action, kind: rest[0] === undefined ? undefined : kindOf(rest[0]) } as const;
    }
    if (action !== 'add' && action !== 'remove') throw new UsageError('add, remove or list is required');
    if (rest.length > 2) throw new UsageError(`unexpected argument "${rest[2]}"`);
    const channelId = channelOf(rest[0]);
    const kind = kindOf(rest[1]);
    if (action === 'remove') {
      if (values.scope !== undefined || values.locale !== undefined)
        throw new UsageError('remove takes no options');
      return { action, channelId, kind } as const;
    }
    const scope = parseScopeKey(values.scope ?? 'district');
    if (!scope) throw new UsageError(`--scope must be ${SCOPE_KEY_FORMS}`);
    const locale = values.locale;
    if (locale !== undefined && !(LOCALES as readonly string[]).includes(locale)) {
      throw new UsageError(`--locale must be ${LOCALES.join(' or ')}`);
    }
    return { action, channelId, kind, scope, locale } as const;
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError((error as Error).message);
  }
}

async function list(context: CliContext, kind: SubscriptionKind | undefined): Promise<number> {
  const subs = await listSubscriptions(context.database(), kind);
  if (subs.length === 0) {
    context.out('no channels');
    return EXIT.ok;
  }
  for (const s of subs) {
    context.out(`${s.channelId}\t${s.kind}\t${s.scopeKey}\t${s.locale ?? '(APP_LOCALE)'}`);
  }
  return EXIT.ok;
}

export const channelCommand: CliCommand = {
  name: 'channel',
  summary: 'set the channels that get the daily digest and the weekly supervision report',
  usage,
  async run(args, context) {
    let request: ReturnType<typeof parse>;
    try {
      request = parse(args);
    } catch (error) {
      context.err(`channel: ${(error as Error).message}\n\n${usage}`);
      return EXIT.usage;
    }
    const db = context.database();
    if (request.action === 'list') return list(context, request.kind);
    if (request.action === 'remove') {
      const removed = await removeSubscription(db, request.channelId, request.kind);
      if (!removed) {
        context.err(`channel: ${request.channelId} is not a ${request.kind} channel; nothing removed`);
        return EXIT.failed;
      }
      context.out(`removed ${request.channelId} (${request.kind})`);
      return EXIT.ok;
    }
    const { scope } = request;
    if (scope.kind !== 'district') {
      const unit = await db.unit.findFirst({
        where: { code: scope.code, kind: scope.kind },
        select: { id: true },
      });
      if (!unit) {
        context.err(`channel: no ${scope.kind.replace('_', ' ')} with code ${scope.code} in the directory`);
        return EXIT.failed;
      }
    }
    const { created } = await upsertSubscription(db, {
      channelId: request.channelId,
      kind: request.kind,
      scopeKey: scopeKey(scope),
      ...(request.locale === undefined ? {} : { locale: request.locale }),
    });
    context.out(
      `${created ? 'added' : 'updated'} ${request.channelId} (${request.kind}, ${scopeKey(scope)})`,
    );
    return EXIT.ok;
  },
};
