// The outbox topics the issue service writes (src/services/issue-service.ts, ISSUE_TOPICS), with the
// payloads their handlers accept.
import { z } from 'zod';
import { ISSUE_TOPICS } from '../../services/issue-service.ts';
import { defineTopic } from '../topics.ts';

const issueId = z.number().int().positive();
/** A history row's id (a bigint, stored as text); null for an extension request or refusal. */
const eventId = z.string().regex(/^\d+$/).nullable();

export const issueMovedTopic = defineTopic({
  name: ISSUE_TOPICS.moved,
  payload: z.object({ issueId, eventId, recipientId: z.number().int().positive() }),
});

export const issueCardTopic = defineTopic({
  name: ISSUE_TOPICS.card,
  payload: z.object({ issueId }),
});

export const issueDispatchTopic = defineTopic({
  name: ISSUE_TOPICS.dispatch,
  payload: z.object({ issueId, eventId }),
});
