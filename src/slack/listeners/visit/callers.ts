// Who is asking, remembered by the /visit command for a short while: a cadre opening the form again
// and again is looked up once (on a loaded web process each Prisma query costs more in CPU and socket
// writes than the SQL itself — docs/benchmarks.md). Only cadres found are remembered: someone added to
// the directory is known at once. A cadre removed is seen within TTL_MS; what decides whether anything
// is written reads the directory afresh (the submission's check and its write).
import type { CadreRecord } from '../../../persistence/org/org-repository.ts';
import type { SlackContext } from '../../context.ts';
import { TtlLru } from '../../locale/ttl-lru.ts';

const TTL_MS = 30_000;
const MAX_ENTRIES = 2_000;

export interface RecentCallers {
  cadre(slackUserId: string): Promise<CadreRecord | null>;
}

export function recentCallers(ctx: SlackContext): RecentCallers {
  const cadres = new TtlLru<CadreRecord>(MAX_ENTRIES);
  return {
    async cadre(slackUserId) {
      const known = cadres.get(slackUserId);
      if (known) return known;
      // Read when asked, not when built: an app may be built with no services behind it (test/support).
      const found = await ctx.services.org.findCadreBySlackUser(slackUserId);
      if (found) cadres.set(slackUserId, found, TTL_MS);
      return found;
    },
  };
}
