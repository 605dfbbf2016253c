// Every action_id, callback_id and block_id the app uses, in one place.
export const COMMANDS = {
  visit: '/visit',
  issue: '/issue',
  zhuqi: '/zhuqi',
} as const;
