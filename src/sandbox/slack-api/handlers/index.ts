import { authHandlers } from './auth.ts';
import { chatHandlers } from './chat.ts';
import type { MethodHandler } from './context.ts';
import { conversationHandlers } from './conversations.ts';
import { fileHandlers } from './files.ts';
import { userHandlers } from './users.ts';
import { viewHandlers } from './views.ts';

/** Every Web API method the fake answers; anything else is `unknown_method`. */
export const METHODS: Record<string, MethodHandler> = {
  ...authHandlers,
  ...chatHandlers,
  ...viewHandlers,
  ...conversationHandlers,
  ...userHandlers,
  ...fileHandlers,
};

/** Methods Slack answers without a token. */
export const UNAUTHENTICATED = new Set(['api.test']);
