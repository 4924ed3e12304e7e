import { defineConfig } from 'vitest/config';

// Unit tests sit beside the pure modules they test (src/**/*.test.ts); e2e/ is Playwright's.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
