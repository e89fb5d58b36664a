import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in Debian's Chromium through playwright-core. One file at a time
// (each launches a browser); run `npm run build` first (npm test does).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
