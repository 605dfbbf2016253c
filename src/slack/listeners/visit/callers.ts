// Who is asking, remembered by the /visit flow for a short while: a cadre opening the form and then
// submitting it is looked up once, not three times (cadre, memberships, led units: three queries,
// and on a loaded web process each costs more in Prisma and socket writes than the SQL itself —
// docs/benchmarks.md). Only cadres found are remembered: someone added to the directory is known at
// once. A cadre removed or moved is seen within TTL_MS; the submission's own check, which decides
// whether anything is written, always reads the directory afresh (services/visit-service.ts `check`).
import type { Actor } from '../../../domain/org/people.ts';
import type { CadreRecord } from '../../../persistence/org/org-repository.ts';
import type { SlackContext } from '../../context.ts';
import { TtlLru } from '../../locale/ttl-lru.ts';

const TTL_MS = 30_000;
const MAX_ENTRIES = 2_000;

export interface RecentCallers {
  cadre(slackUserId: string): Promise<CadreRecord | null>;
  /** The cadre and where they sit (the issues raised in a visit are routed from there). */
  actor(slackUserId: string): Promise<{ cadre: CadreRecord; actor: Actor } | null>;
}

export function recentCallers(ctx: SlackContext): RecentCallers {
  const cadres = new TtlLru<CadreRecord>(MAX_ENTRIES);
  const actors = new TtlLru<Actor>(MAX_ENTRIES);
  // Read when asked, not here: an app may be built with no services behind it (test/support).
  const org = () => ctx.services.org;

  async function cadre(slackUserId: string): Promise<CadreRecord | null> {
    const known = cadres.get(slackUserId);
    if (known) return known;
    const found = await org().findCadreBySlackUser(slackUserId);
    if (found) cadres.set(slackUserId, found, TTL_MS);
    return found;
  }

  return {
    cadre,
    async actor(slackUserId) {
      const found = await cadre(slackUserId);
      if (!found) return null;
      const known = actors.get(slackUserId);
      if (known) return { cadre: found, actor: known };
      const actor = await org().actorOf(found);
      actors.set(slackUserId, actor, TTL_MS);
      return { cadre: found, actor };
    },
  };
}
