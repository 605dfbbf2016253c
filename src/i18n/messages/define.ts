/** One message in every shipped language, side by side, so no language can miss a key. */
export interface Message {
  'zh-CN': string;
  en: string;
}

export function defineMessages<const M extends Record<string, Message>>(messages: M): M {
  return messages;
}
