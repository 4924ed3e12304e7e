/**
 * Astro's `security.csp` puts a hash in every page's policy for each script it could render
 * (island runtimes, client directives), used or not: seven of them on this site, about 0.35 KB of
 * incompressible text in every page. After the build, only the hashes of inline scripts and styles
 * that some page really has are kept. One set for the whole site, so `_headers` can carry one policy.
 */
import { createHash } from 'node:crypto';

/** The CSP hash source of an inline script's or style's text, as a browser computes it. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of every inline `<script>` (not JSON data, not `src=`) and `<style>` in a page. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = m[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    // Data blocks (JSON-LD) are not run, so the policy does not govern them.
    const type = /\stype\s*=\s*"?([^"\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    scripts.push(m[2] ?? '');
  }
  for (const m of html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)) styles.push(m[2] ?? '');
  return { scripts, styles };
}

/**
 * The policy with only the hash sources of `script-src` and `style-src` that are in `keep`
 * (everything else in the policy is left as it is).
 */
export function pruneHashes(policy: string, keep: ReadonlySet<string>): string {
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const kept = sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || keep.has(s));
      return ` ${[name, ...kept].join(' ')}`;
    })
    .join(';');
}

/**
 * Files the site's scripts read as documents (XMLHttpRequest, responseType "document") rather than
 * pages to visit: the review page's question and answer files. A document read that way never runs
 * anything, so a policy in it does nothing; a direct visit still gets the policy from `_headers`.
 */
export const isReadFragment = (file: string): boolean => /^review\/questions\//.test(file);

/** The page without its CSP `<meta>`. */
export function withoutCspMeta(html: string): string {
  return html.replace(/<meta http-equiv="content-security-policy" content="[^"]*">/i, '');
}
