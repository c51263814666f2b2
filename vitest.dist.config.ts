import { defineConfig } from 'vitest/config';

/** Checks that run against the built site in `dist/` (run after `astro build`). */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    globals: true,
    testTimeout: 60_000,
  },
});
