import { Suspense, startTransition, useCallback, useEffect, useState, type ReactNode } from 'react';

/**
 * Hydrate a tool's body after the rest of the island, in slices. React leaves a Suspense boundary's server
 * HTML in place during hydration and hydrates it afterwards at low priority, yielding to the browser every
 * few milliseconds, where one pass over a large form would block the page for as long as it takes.
 * Something the person does inside the body first hydrates that part at once and is then replayed.
 * `onHydrated` runs once the body's own effects have run (see `useBodyHydrated`).
 */
export function HydrateInSlices({ children, onHydrated }: { children: ReactNode; onHydrated: () => void }) {
  return (
    <Suspense fallback={null}>
      {children}
      <Hydrated onHydrated={onHydrated} />
    </Suspense>
  );
}

/** Its effect runs only once the boundary it sits in has hydrated. */
function Hydrated({ onHydrated }: { onHydrated: () => void }) {
  useEffect(onHydrated, [onHydrated]);
  return null;
}

/** False until a `HydrateInSlices` body has hydrated: pass the callback as its `onHydrated`. */
export function useBodyHydrated(): [boolean, () => void] {
  const [hydrated, setHydrated] = useState(false);
  const mark = useCallback(() => startTransition(() => setHydrated(true)), []);
  return [hydrated, mark];
}
