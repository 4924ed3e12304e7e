// @ts-check
/**
 * The site's own configuration, built into the folders `npm run bench:scale` chooses, so that a
 * generated course never touches dist/ or the normal build's content cache.
 */
import config from '../astro.config.mjs';

if (!process.env.BENCH_OUT_DIR || !process.env.BENCH_CACHE_DIR) {
  throw new Error(
    'scripts/bench-scale.config.mjs is for `npm run bench:scale`, which sets BENCH_OUT_DIR and BENCH_CACHE_DIR',
  );
}

export default {
  ...config,
  outDir: process.env.BENCH_OUT_DIR,
  cacheDir: process.env.BENCH_CACHE_DIR,
};
