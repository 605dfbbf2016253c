// Dispatch's routing controls: where the issue goes (a function group, or the city), then who owns it
// there and by when. Choosing the target refills the owner list and the default due date (the
// level's working-day deadline), so the owner and date blocks carry the target in their block id:
// Slack keeps a block's input across an update only while its id stays the same.
import type { KnownBlock } from '@slack/types';
import { type Locale, t } from '../../../i18n/index.ts';
import type { Candidate, NamedUnit } from '../../../persistence/issues/issue-lists.ts';
import type { RouteChoice } from '../../../services/issue-views.ts';
import { ISSUE_FORM_ACTIONS, routeDueBlock, routeOwnerBlock } from '../../ids/issue-views.ts';
import { context, datepicker, input, option, section, staticSelect, textInput } from './blocks.ts';

export interface RouteModalData {
  functionGroups: NamedUnit[];
  selected?: { target: string; candidates: Candidate[]; defaultDue: string };
}

const CITY = 'city';

export function routeTargetValue(choice: RouteChoice): string {
  return choice.level === 'city' ? CITY : `fg:${choice.unitId}`;
}

export function parseRouteTarget(value: string | null | undefined): RouteChoice | null {
  if (value === CITY) return { level: 'city' };
  const match = /^fg:(\d+)$/.exec(value ?? '');
  return match ? { level: 'function_group', unitId: Number(match[1]) } : null;
}

export function routeBlocks(locale: Locale, d: RouteModalData): KnownBlock[] {
  // Slack allows 100 options; the district has 7 function groups.
  const targets = [
    ...d.functionGroups
      .slice(0, 99)
      .map((u) => option(u.name, routeTargetValue({ level: 'function_group', unitId: u.id }))),
    option(t(locale, 'issue.form.route_city'), CITY),
  ];
  const initial = targets.find((o) => o.value === d.selected?.target);
  const blocks: KnownBlock[] = [
    input(
      'target',
      t(locale, 'issue.form.route_target'),
      { ...staticSelect(targets, initial), action_id: ISSUE_FORM_ACTIONS.routeTarget },
      { dispatch: true },
    ),
  ];
  const s = d.selected;
  if (!s) {
    blocks.push(context(t(locale, 'issue.form.route_pick_target')));
    return blocks;
  }
  if (s.candidates.length === 0) {
    blocks.push(section(t(locale, 'issue.form.route_no_candidates')));
  } else {
    const people = s.candidates.slice(0, 100).map((c) => option(c.name, String(c.cadreId)));
    blocks.push(
      input(routeOwnerBlock(s.target), t(locale, 'issue.form.route_owner'), staticSelect(people, people[0])),
    );
  }
  blocks.push(
    input(routeDueBlock(s.target), t(locale, 'issue.form.due'), datepicker(s.defaultDue), {
      hint: t(locale, 'issue.form.due_default', { date: s.defaultDue }),
    }),
    input('comment', t(locale, 'issue.form.comment_optional'), textInput({ multiline: true, max: 3000 }), {
      optional: true,
    }),
  );
  return blocks;
}
