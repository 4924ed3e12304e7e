import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const block of [null, /SearchControl/]) { let n = 0;
for (let i = 0; i < 6; i++) {
  const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
  if (block) await p.route(block, (r) => r.abort());
  await p.goto('http://127.0.0.1:4324/', { waitUntil: 'networkidle' });
  await p.waitForTimeout(300);
  const r = await p.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list) => resolve(list.getEntries().map((e) => +e.value.toFixed(5)))).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve([]), 500);
  }));
  if (r.length) n++;
  await p.close();
}
console.log(String(block), 'loads with shifts:', n, '/ 6'); }
await b.close();
