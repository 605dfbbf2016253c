// The raise modal's typeahead: enterprises (name, short name, credit code) and key projects. With
// nothing typed yet, the caller's own enterprises are offered first.
import { t } from '../../../i18n/index.ts';
import type { SubjectMatch } from '../../../persistence/issues/issue-lists.ts';
import type { SlackContext } from '../../context.ts';
import { ISSUE_FORM_ACTIONS } from '../../ids/issue-views.ts';
import type { Routes } from '../../router.ts';
import { option } from '../../views/issues/blocks.ts';
import { optionsWithCaller } from '../../with-caller.ts';

const label = (m: SubjectMatch) => (m.detail ? `${m.name} · ${m.detail}` : m.name);
const toOption = (m: SubjectMatch) => option(label(m), `${m.kind}:${m.id}`);

export function registerSubjectOptions(app: Routes, ctx: SlackContext): void {
  const { services, logger } = ctx;

  app.options(
    ISSUE_FORM_ACTIONS.subject,
    optionsWithCaller(ctx, async ({ ack, body }, caller) => {
      try {
        const { locale } = caller;
        const matches = await services.issueViews.searchSubjects(body.value ?? '', caller.cadre.id);
        const groups = [
          {
            label: t(locale, 'issue.form.subject_enterprises'),
            options: matches.filter((m) => m.kind === 'enterprise'),
          },
          {
            label: t(locale, 'issue.form.subject_projects'),
            options: matches.filter((m) => m.kind === 'project'),
          },
        ]
          .filter((g) => g.options.length > 0)
          .map((g) => ({
            label: { type: 'plain_text' as const, text: g.label },
            options: g.options.map(toOption),
          }));
        await ack(groups.length > 0 ? { option_groups: groups } : { options: [] });
      } catch (err) {
        logger.error({ err }, 'subject search failed');
        await ack({ options: [] });
      }
    }),
  );
}
