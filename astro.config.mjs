// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import headers from './src/integrations/headers.ts';
import search from './src/integrations/search.ts';
import { lazyModules } from './src/integrations/lazy-modules.ts';

// The theme script must run before first paint, so it is inlined; Astro's CSP does not hash
// is:inline scripts, so we hash the exact file that BaseLayout inlines.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
const themeInitHash = /** @type {const} */ (`sha256-${createHash('sha256').update(themeInit).digest('base64')}`);

// Where the site is published (canonical URLs, sitemap, sharing tags) and under which path.
// GitHub Pages project sites, for example, need BASE_PATH=/<repository>/. See README "Deploy".
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Two lesson files with the same id would otherwise only warn and one would vanish.
  prerenderConflictBehavior: 'error',
  // headers() last: it reads the finished build (pages, search index, sitemap) to write _headers.
  integrations: [
    mdx(),
    // The search page lists nothing without a query; the review page's question fragments are not
    // pages to visit; the 404 page is left out by the integration itself.
    sitemap({
      filter: (page) => !/\/search\/$|\/review\/questions\//.test(new URL(page).pathname),
    }),
    search(),
    headers(),
  ],
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // No string may become script or markup through the DOM's injection sinks (innerHTML and
        // friends): the code builds DOM with createElement/textContent only.
        "require-trusted-types-for 'script'",
        "trusted-types 'none'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it does not allow eval() of JS.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [themeInitHash],
      },
    },
  },
  vite: {
    plugins: [
      tailwindcss(),
      // The check's grading and feedback code, loaded when the check (on a page that opens with it:
      // its end) comes near the screen, or at the first press or focus in it (lesson-check.ts).
      lazyModules('virtual:check-lazy-modules', {
        checkControllerUrl: new URL('./src/components/check/check-controller.ts', import.meta.url),
        // On a lesson page, once idle: the outline's marks and the learner's place.
        lessonJourneyUrl: new URL('./src/components/progress/lesson-journey.ts', import.meta.url),
      }),
      // The saved result at the top of a check, before its grading code: only when something is saved.
      // A module of its own so that check-view.ts does not share the one above with the page's script.
      lazyModules('virtual:check-saved-module', {
        checkSavedUrl: new URL('./src/components/check/check-saved.ts', import.meta.url),
      }),
      // The review page's practice check: the same controller, through its own virtual module, so that
      // lesson pages do not get the shared URLs as one more file (a request and 150 bytes).
      lazyModules('virtual:review-lazy-modules', {
        checkControllerUrl: new URL('./src/components/check/check-controller.ts', import.meta.url),
      }),
      // The buttons of /progress/ (export, import, reset, notes download) load on the first press.
      lazyModules('virtual:progress-lazy-modules', {
        progressActionsUrl: new URL('./src/components/progress/progress-actions.ts', import.meta.url),
      }),
      // "Did you mean …?": the correction code, loaded by the search controller only when a search
      // looks misspelt, with the vocabulary (src/components/search/spelling-correction.ts).
      lazyModules('virtual:search-spelling-module', {
        spellingCorrectionUrl: new URL('./src/components/search/spelling-correction.ts', import.meta.url),
      }),
      // The note box's editor loads when a reflection comes near the viewport or is focused.
      lazyModules('virtual:notes-lazy-modules', {
        noteEditorUrl: new URL('./src/components/mdx/reflection-note-editor.ts', import.meta.url),
      }),
    ],
    build: {
      // Emit island scripts as cacheable files instead of inlining them into every page.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Constants are copied into the code that uses them, so that a module holding only a
        // constant (src/lib/progress/key.ts) is not a file of its own on every page that reads progress.
        optimization: { inlineConst: { mode: 'all', pass: 2 } },
        onwarn(warning, warn) {
          // Every MDX module carries this directive for Astro's head injection; it is expected and harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
