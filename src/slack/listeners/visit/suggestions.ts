// Options of the visit form's external selects: the enterprise directory and the policy library.
// The answer is the options, so the search runs before the ack (well inside Slack's 3 seconds).
import type { SlackContext } from '../../context.ts';
import { VISIT_ACTIONS } from '../../ids/visit.ts';
import type { Routes } from '../../router.ts';
import { decodeVisitMeta } from '../../views/visit/metadata.ts';
import { enterpriseOptions, policyOptions } from '../../views/visit/options.ts';
import { formLocale } from './form-locale.ts';

export function registerVisitSuggestions(app: Routes, ctx: SlackContext): void {
  app.options(VISIT_ACTIONS.enterprise, async ({ ack, body }) => {
    const userId = body.user.id;
    // Opened without typing: the words of `/visit <text>` are the search, else the user's own firms.
    const typed = body.value.trim();
    const meta = decodeVisitMeta(body.view?.private_metadata);
    const query = typed === '' ? meta.query : typed;
    const [hits, locale] = await Promise.all([
      ctx.services.visits.searchEnterprises(userId, query),
      formLocale(ctx, meta, userId),
    ]);
    await ack(enterpriseOptions(locale, hits));
  });

  app.options(VISIT_ACTIONS.policies, async ({ ack, body }) => {
    await ack(policyOptions(await ctx.services.visits.searchPolicies(body.value)));
  });
}
