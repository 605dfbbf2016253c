// The issue's card: what it is, where it stands, the tail of its history, and a button for each move
// its state allows. The same card is seen by the finder, the owner and the dispatch room, so the
// buttons are the state's moves, not one viewer's: permissions are checked on click.
import type { ActionsBlockElement, KnownBlock } from '@slack/types';
import { type IssueSnapshot, isMoveAvailable, type Move } from '../../../domain/issues/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import type { IssueCardData } from '../../../persistence/issues/issue-card-data.ts';
import { ISSUE_ACTIONS, issueMoveActionId } from '../../ids/issue-actions.ts';
import { escapeMrkdwn } from '../escape.ts';
import { button, context, plain, section } from './blocks.ts';
import {
  buttonLabel,
  categoryLabel,
  historyLabel,
  levelLabel,
  localDateTime,
  personName,
  quote,
  statusLabel,
  urgencyLabel,
} from './labels.ts';

export interface CardOptions {
  timeZone: string;
  /** Today in the district, to mark an overdue date. */
  today: string;
}

/**
 * The buttons, in the order a cadre looks for them. `reopen` has none of its own: the feedback modal
 * (close_out's button) records a dissatisfied verdict as a reopen.
 */
const CARD_MOVES: readonly Move[] = [
  'route',
  'resolve',
  'resume',
  'defer',
  'hand_to_dispatch',
  'return_misrouted',
  'close_out',
  'request_extension',
  'decide_extension',
  'reassign',
  'withdraw',
];

/** The moves the issue's state allows, whoever looks at it. */
export function cardMoves(card: IssueCardData): Move[] {
  const snapshot: IssueSnapshot = {
    id: card.id,
    state: {
      status: card.status,
      level: card.level,
      urgency: card.urgency,
      finderId: card.finder.cadreId,
      ownerId: card.owner?.cadreId ?? null,
      ownerUnitId: null,
      dueDate: card.dueDate,
      resolvedOnSpot: card.resolvedOnSpot,
      duplicateOfId: card.duplicateOfId,
    },
    scope: { finderUnits: { groupIds: [], teamIds: [] }, ownerUnits: { groupIds: [], teamIds: [] } },
    pendingExtension: card.pendingExtension
      ? {
          requestedById: card.pendingExtension.requestedBy.cadreId,
          requestedDue: card.pendingExtension.requestedDue,
        }
      : null,
  };
  return CARD_MOVES.filter((move) => isMoveAvailable(snapshot, move));
}

export function issueTitleText(locale: Locale, card: Pick<IssueCardData, 'id' | 'title'>): string {
  return t(locale, 'issue.card.title', { id: card.id, title: card.title });
}

function dueText(locale: Locale, card: IssueCardData, today: string): string {
  if (card.dueDate === null) return t(locale, 'issue.card.no_due');
  return card.dueDate < today ? t(locale, 'issue.card.overdue', { date: card.dueDate }) : card.dueDate;
}

function facts(locale: Locale, card: IssueCardData, o: CardOptions): KnownBlock {
  const field = (label: string, value: string) => ({ type: 'mrkdwn' as const, text: `*${label}*\n${value}` });
  const subjectLabel = t(
    locale,
    card.subject?.kind === 'project' ? 'issue.card.project' : 'issue.card.enterprise',
  );
  const owner = card.owner ? personName(locale, card.owner) : t(locale, 'issue.card.no_owner');
  const level = card.ownerUnitName
    ? `${levelLabel(locale, card.level)} · ${escapeMrkdwn(card.ownerUnitName)}`
    : levelLabel(locale, card.level);
  return {
    type: 'section',
    fields: [
      field(subjectLabel, escapeMrkdwn(card.subject?.name ?? '—')),
      field(t(locale, 'issue.card.status'), statusLabel(locale, card.status)),
      field(t(locale, 'issue.card.owner'), owner),
      field(t(locale, 'issue.card.level'), level),
      field(t(locale, 'issue.card.finder'), personName(locale, card.finder)),
      field(t(locale, 'issue.card.due'), dueText(locale, card, o.today)),
      field(t(locale, 'issue.card.category'), categoryLabel(locale, card.category)),
      field(t(locale, 'issue.card.urgency'), urgencyLabel(locale, card.urgency)),
    ].map((f) => ({ ...f, text: [...f.text].slice(0, 2000).join('') })),
  };
}

function planBlock(locale: Locale, card: IssueCardData): KnownBlock[] {
  if (card.status !== 'deferred' || card.planSteps.length === 0) return [];
  const lines = card.planSteps.map(
    (s) =>
      t(locale, 'issue.card.plan_step', {
        seq: s.seq,
        date: s.dueDate,
        description: escapeMrkdwn(s.description),
      }) + (s.done ? t(locale, 'issue.card.plan_step_done') : ''),
  );
  return [section(`*${t(locale, 'issue.card.plan')}*\n${lines.join('\n')}`)];
}

function historyBlock(locale: Locale, card: IssueCardData, o: CardOptions): KnownBlock[] {
  if (card.history.length === 0) return [];
  const lines = card.history.map((h) => {
    const line = t(locale, 'issue.card.history_line', {
      at: localDateTime(h.at, o.timeZone),
      actor: personName(locale, h.actor),
      move: historyLabel(locale, h.kind),
    });
    return h.comment ? `${line}\n${quote(h.comment, 200)}` : line;
  });
  const earlier = card.historyTotal - card.history.length;
  const head = `*${t(locale, 'issue.card.history')}*`;
  const more = earlier > 0 ? `\n${t(locale, 'issue.card.history_earlier', { count: earlier })}` : '';
  return [section(`${head}${more}\n${lines.join('\n')}`)];
}

function notes(locale: Locale, card: IssueCardData): KnownBlock[] {
  const out: string[] = [];
  if (card.resolvedOnSpot) out.push(t(locale, 'issue.card.resolved_on_spot'));
  if (card.duplicateOfId !== null) out.push(t(locale, 'issue.card.duplicate_of', { id: card.duplicateOfId }));
  if (card.pendingExtension) {
    const x = card.pendingExtension;
    out.push(
      t(locale, 'issue.card.extension_pending', {
        person: personName(locale, x.requestedBy),
        date: x.requestedDue,
        reason: escapeMrkdwn([...x.reason].slice(0, 300).join('')),
      }),
    );
  }
  if (card.reportBackDue) out.push(t(locale, 'issue.card.report_back_due'));
  return out.map((line) => context(line));
}

function actions(locale: Locale, card: IssueCardData): KnownBlock[] {
  const value = String(card.id);
  const elements: ActionsBlockElement[] = cardMoves(card).map((move) =>
    button(
      buttonLabel(locale, move),
      issueMoveActionId(move),
      value,
      move === 'resolve' || move === 'route' ? 'primary' : undefined,
    ),
  );
  if (card.reportBackDue) {
    elements.push(
      button(t(locale, 'issue.button.enterprise_informed'), ISSUE_ACTIONS.enterpriseInformed, value),
    );
  }
  return elements.length > 0 ? [{ type: 'actions', block_id: `issue.card.${card.id}`, elements }] : [];
}

/** The card's blocks, at most a dozen: well inside a message's 50 and a modal's 100. */
export function issueCardBlocks(card: IssueCardData, locale: Locale, o: CardOptions): KnownBlock[] {
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(issueTitleText(locale, card), 150) },
    facts(locale, card, o),
  ];
  if (card.description.trim() !== '') blocks.push(section(escapeMrkdwn(card.description)));
  blocks.push(...planBlock(locale, card), ...notes(locale, card), ...historyBlock(locale, card, o));
  blocks.push({ type: 'divider' }, ...actions(locale, card));
  return blocks;
}

/** The message's `text`: the notification line and the screen reader's version of the card. */
export function issueCardText(card: IssueCardData, locale: Locale): string {
  return `${escapeMrkdwn(issueTitleText(locale, card))} · ${statusLabel(locale, card.status)}`;
}
