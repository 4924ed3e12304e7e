/** What the benchmark scripts share: serving dist/ with astro preview, a quiet Chromium, gzip sizes. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

/** Starts `astro preview` on `port` and resolves once it answers; the server stops when the process exits. */
export async function servePreview(port, name) {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {}
  };
  process.on('exit', stop);
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(origin)).ok) break;
    } catch {}
    if (i > 100) throw new Error(`${name}: astro preview did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { origin, stop };
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
