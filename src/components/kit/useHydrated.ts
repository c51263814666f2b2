import { startTransition, useEffect, useState } from 'react';

/**
 * False during the server render and hydration, true from the first effect on: browser-only work waits on it.
 * The switch renders as a transition, in slices between which the browser stays responsive, rather than as
 * one synchronous pass over everything the component holds right after hydration.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => startTransition(() => setHydrated(true)), []);
  return hydrated;
}
