// Every topic the outbox can carry, with its handler. A feature adds one line here.
import { postDigest } from '../services/digests/post-digest.ts';
import { digestTopic } from '../services/digests/topic.ts';
import { refreshReminderMessage } from '../services/reminders/refresh-reminder.ts';
import { reminderRefresh, reminderSend } from '../services/reminders/reminder-topics.ts';
import { sendReminderMessage } from '../services/reminders/send-reminder.ts';
import { homeRefreshTopic, refreshHomes } from './home/refresh-homes.ts';
import { refreshIssueCards } from './issues/issue-card.ts';
import { postToDispatch } from './issues/issue-dispatch.ts';
import { notifyIssueMoved } from './issues/issue-moved.ts';
import { issueCardTopic, issueDispatchTopic, issueMovedTopic } from './issues/topics.ts';
import { sendSlackCall, slackCall } from './slack-call.ts';
import { createTopicRegistry, handlerFor } from './topics.ts';

export const topicHandlers = createTopicRegistry([
  handlerFor(slackCall, sendSlackCall),
  handlerFor(digestTopic, postDigest),
  handlerFor(issueMovedTopic, notifyIssueMoved),
  handlerFor(issueCardTopic, refreshIssueCards),
  handlerFor(issueDispatchTopic, postToDispatch),
  handlerFor(reminderSend, sendReminderMessage),
  handlerFor(reminderRefresh, refreshReminderMessage),
  handlerFor(homeRefreshTopic, refreshHomes),
]);
