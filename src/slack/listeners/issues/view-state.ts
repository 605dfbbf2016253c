// Reads a submitted modal's inputs by block id. Each input block holds one element, so its action id
// does not matter here.
import type { ViewOutput, ViewStateValue } from '@slack/bolt';

export type ViewValues = ViewOutput['state']['values'];

export interface ViewState {
  /** Typed text, '' when empty (the domain trims and checks). */
  text(block: string): string;
  /** A select's or radio's chosen value. */
  choice(block: string): string | null;
  date(block: string): string | null;
  user(block: string): string | null;
  /** The block ids present, for blocks whose id carries a value (the route modal's). */
  blockIds(): string[];
}

export function readViewState(values: ViewValues): ViewState {
  const element = (block: string): ViewStateValue | undefined => {
    const actions = values[block];
    return actions ? Object.values(actions)[0] : undefined;
  };
  return {
    text: (block) => element(block)?.value ?? '',
    choice: (block) => element(block)?.selected_option?.value ?? null,
    date: (block) => element(block)?.selected_date ?? null,
    user: (block) => element(block)?.selected_user ?? null,
    blockIds: () => Object.keys(values),
  };
}
