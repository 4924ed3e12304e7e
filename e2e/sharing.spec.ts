/**
 * What search engines and link previews read: each page's title, description, canonical address,
 * Open Graph tags and social card, the JSON-LD of the home and lesson pages, the web app manifest
 * with its icons, robots.txt and the sitemap. Every image the metadata names must exist, as a PNG
 * of the size it claims.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { builtPages, lessonPages } from './site-pages';

/** The site URL the test build was made for: astro.config.mjs's default, or SITE_URL. */
const SITE = new URL(process.env.SITE_URL || 'http://localhost:4321').origin;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(1, 4).toString('latin1'), 'a PNG file').toBe('PNG');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** Fetches an absolute URL of the published site from the test server. */
async function fetchFromSite(request: APIRequestContext, absolute: string) {
  const url = new URL(absolute);
  expect(url.origin, `${absolute} is on the site`).toBe(SITE);
  return request.get(url.pathname + url.search);
}

/** The page's head, read in one go: each meta name or property and link rel, with every value it has. */
async function head(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const el of document.head.querySelectorAll('meta[name], meta[property], link[rel]')) {
      const key = el.getAttribute('name') ?? el.getAttribute('property') ?? `link:${el.getAttribute('rel')}`;
      (out[key] ??= []).push(el.getAttribute('content') ?? el.getAttribute('href') ?? '');
    }
    return out;
  });
}

/** The one value of a tag; fails when the page has none or several. */
function one(tags: Record<string, string[]>, key: string, path: string): string {
  expect(tags[key], `${path}: one ${key}`).toHaveLength(1);
  return tags[key]![0]!;
}

async function jsonLd(page: Page): Promise<Record<string, unknown>> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]!) as Record<string, unknown>;
}

test('every page has its own title and description, a canonical address and sharing tags', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const titles = new Set<string>();
  const cards = new Map<string, { width: number; height: number }>();
  for (const path of builtPages()) {
    await page.goto(path);
    const tags = await head(page);
    const title = await page.title();
    expect(title, path).toMatch(/\S/);
    expect(titles.has(title), `${path}: title "${title}" is used by another page`).toBe(false);
    titles.add(title);
    const description = one(tags, 'description', path);
    expect(description.length, `${path} description`).toBeGreaterThan(30);

    if (path === '/404.html') {
      expect(one(tags, 'robots', path)).toBe('noindex');
      expect(tags['link:canonical']).toBeUndefined();
    } else {
      expect(one(tags, 'link:canonical', path)).toBe(`${SITE}${path}`);
      expect(one(tags, 'og:url', path)).toBe(`${SITE}${path}`);
    }
    expect(one(tags, 'og:title', path)).toMatch(/\S/);
    expect(one(tags, 'og:description', path)).toBe(description);
    expect(one(tags, 'og:site_name', path)).toBe('Lead & Manage');
    expect(one(tags, 'og:type', path)).toBe(path.startsWith('/lessons/') ? 'article' : 'website');
    expect(one(tags, 'twitter:card', path)).toBe('summary_large_image');

    const image = one(tags, 'og:image', path);
    if (!cards.has(image)) {
      const response = await fetchFromSite(request, image);
      expect(response.status(), image).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      cards.set(image, pngSize(await response.body()));
    }
    expect(cards.get(image), image).toEqual({ width: 1200, height: 630 });
  }
  // The home card, and one per lesson.
  expect(cards.size).toBe(lessonPages().length + 1);
});

test('each lesson is a LearningResource of the course, with its reading time and objectives', async ({ page }) => {
  test.setTimeout(90_000);
  for (const path of lessonPages()) {
    await page.goto(path);
    const data = await jsonLd(page);
    const objectives = await page.locator('section[aria-labelledby="objectives-heading"] li').allTextContents();
    const minutes = /about (\d+) minutes/.exec((await page.locator('main header').textContent())!)?.[1];
    expect(data, path).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LearningResource',
      name: (await page.locator('h1').textContent())!.trim(),
      url: `${SITE}${path}`,
      timeRequired: `PT${minutes}M`,
      isPartOf: { '@type': 'Course', name: 'Lead & Manage', url: `${SITE}/` },
    });
    expect(objectives.length, `${path} lists its objectives`).toBeGreaterThan(1);
    expect(data.teaches).toEqual(objectives.map((o) => o.trim()));
  }
});

test('the home page describes the Course with its parts and every lesson', async ({ page }) => {
  await page.goto('/');
  const data = (await jsonLd(page)) as {
    '@type': string;
    name: string;
    url: string;
    hasPart: { name: string; hasPart: { name: string; url: string }[] }[];
  };
  expect(data['@type']).toBe('Course');
  expect(data.name).toBe('Lead & Manage');
  expect(data.url).toBe(`${SITE}/`);
  const partHeadings = await page.locator('.course-parts > li > :is(h2, h3)').allTextContents();
  expect(data.hasPart.map((p) => p.name)).toEqual(partHeadings.map((h) => h.replace(/\.\s+/, ': ').trim()));
  expect(data.hasPart.flatMap((p) => p.hasPart.map((l) => l.url)).sort()).toEqual(
    lessonPages()
      .map((p) => `${SITE}${p}`)
      .sort(),
  );
});

test('the web app manifest names the course and its icons exist at the sizes it states', async ({ page, request }) => {
  await page.goto('/');
  const tags = await head(page);
  const manifestUrl = new URL(one(tags, 'link:manifest', '/'), page.url());
  const response = await request.get(manifestUrl.pathname);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await response.json()) as {
    name: string;
    start_url: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('Lead & Manage');
  expect(manifest.start_url).toBe('/');
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const file = await request.get(new URL(icon.src, manifestUrl).pathname);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()['content-type']).toBe(icon.type);
    if (icon.type === 'image/png') {
      const { width, height } = pngSize(await file.body());
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  }
  const touch = await request.get(new URL(one(tags, 'link:apple-touch-icon', '/'), page.url()).pathname);
  expect(pngSize(await touch.body())).toEqual({ width: 180, height: 180 });
});

test('robots.txt points at the sitemap, which lists every page but the 404 and search pages', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemap).toBe(`${SITE}/sitemap-index.xml`);
  const index = await (await fetchFromSite(request, sitemap!)).text();
  const listed: string[] = [];
  for (const [, part] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await fetchFromSite(request, part!)).text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) listed.push(loc!);
  }
  const expected = builtPages()
    .filter((p) => p !== '/404.html' && p !== '/search/')
    .map((p) => `${SITE}${p}`);
  expect(listed.sort()).toEqual(expected.sort());
});
