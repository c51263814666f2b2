import { useSyncExternalStore } from 'react';
import type { ReadableAtom } from 'nanostores';

/**
 * Subscribe to a store without hydration mismatches: the server (and hydration) render uses
 * `serverValue`, then React switches to the browser's saved value right after hydration.
 */
export function useClientStore<T>(store: ReadableAtom<T>, serverValue: T): T {
  return useSyncExternalStore(
    (onChange) => store.listen(onChange),
    () => store.get(),
    () => serverValue,
  );
}
