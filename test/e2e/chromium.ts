// Debian's Chromium for the browser tests: where it is, the flags this machine needs, and whether to
// skip (outside CI, with the reason) or fail (in CI, where .ci/run installs it).

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.NEWSDESK_CHROMIUM ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling out on a closed network.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** The skip reason for `test(name, { skip })`, or false; throws in CI when Chromium is missing. */
export function chromiumSkip(what: string): string | false {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}; CI must install it (.ci/run)`);
  const reason = `Chromium not found at ${CHROMIUM} (apt-get install chromium)`;
  console.log(`# skipping ${what}: ${reason}`);
  return reason;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}
