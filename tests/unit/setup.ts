import { afterEach } from 'vitest';

// Component tests run under jsdom (per-file `@vitest-environment jsdom`); clean the DOM between tests.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
