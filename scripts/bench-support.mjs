/** What the benchmark scripts share: serving dist/ as a host would, a quiet Chromium, gzip sizes. */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

/** Serves dist/ with its _headers (scripts/serve.mjs) on a free port, so a benchmark never clashes with a running server. */
export async function serveDist() {
  const { origin, close } = await serve({ root: new URL('../dist/', import.meta.url).pathname, port: 0 });
  return { origin, stop: close };
}

/** Debian's Chromium when present, else Playwright's; kept off the network like the e2e tests. */
export function launchChromium() {
  return chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    chromiumSandbox: false,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Bytes on the wire from a static host using gzip -6; files stored compressed (Pagefind's) count as stored. */
export function gzipSize(body) {
  return Math.min(body.length, gzipSync(body, { level: 6 }).length);
}
