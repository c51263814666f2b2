import { defineConfig } from 'vitest/config';
import { buildTimeValues } from './src/build/build-time-values';

// The npm scripts load this file with `--configLoader runner`: the plugin imports the site's TypeScript sources,
// which name their imports without extensions, as Vite resolves them.

export default defineConfig({
  plugins: [buildTimeValues()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    globals: true,
    // Property tests run hundreds of cases; on a loaded 2-core machine 5 s is not a bound on correctness.
    testTimeout: 30_000,
    setupFiles: ['tests/unit/setup.ts'],
  },
});
