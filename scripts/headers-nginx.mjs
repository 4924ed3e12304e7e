/**
 * `npm run headers:nginx [-- folder]`: prints the build's `_headers` rules (security headers and
 * caching) as nginx configuration, for hosting the course on nginx. Run it after `npm run build`
 * with the same SITE_URL and BASE_PATH as the build you upload.
 */
import { existsSync, readFileSync } from 'node:fs';
import { nginxConfig, parseHeadersFile } from '../src/lib/headers.ts';

const folder = process.argv[2] ?? 'dist';
const file = `${folder}/_headers`;
if (!existsSync(file)) {
  console.error(`headers:nginx: no ${file}; run \`npm run build\` first.`);
  process.exit(1);
}
process.stdout.write(nginxConfig(parseHeadersFile(readFileSync(file, 'utf8'))));
