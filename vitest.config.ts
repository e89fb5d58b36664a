import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    // Worker threads start test files faster than the default child processes (~20 % of the suite's
    // wall time on this 2-core machine); every file still gets its own module graph (isolate).
    pool: 'threads',
    // Every core: Vitest's default leaves one free, which on 2 cores runs the files one at a time
    // (measured: the second unit run 120 s → 81 s).
    maxWorkers: availableParallelism(),
  },
});
