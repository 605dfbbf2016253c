import { existsSync } from 'node:fs';

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM_PATH)
    ? null
    : `the browser test needs Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH`;
}
