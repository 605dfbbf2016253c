// Every user-facing string, by feature. A feature adds its module here.
import { common } from './common.ts';

export const messages = {
  ...common,
};
