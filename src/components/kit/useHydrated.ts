import { useEffect, useState } from 'react';

/** False during the server render and hydration, true from the first effect on: browser-only work waits on it. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
