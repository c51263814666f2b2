import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { ReadableAtom } from 'nanostores';

/**
 * Subscribe to a store without hydration mismatches: the server (and hydration) render uses
 * `serverValue`, then React switches to the browser's saved value right after hydration.
 *
 * While the store holds the same content as `serverValue` (a visitor with nothing saved), the hook keeps
 * returning `serverValue` itself. React compares snapshots by identity once hydration ends and re-renders
 * synchronously on any difference, so an equal but new object would re-render the whole tool in one long
 * task right after it hydrated. The contents are compared only until they first differ: from then on the
 * store's own value is used, so typing never pays for the comparison.
 */
export function useClientStore<T>(store: ReadableAtom<T>, serverValue: T): T {
  const last = useRef<{ raw: T; server: T; shown: T } | null>(null);
  const diverged = useRef(false);
  const subscribe = useCallback((onChange: () => void) => store.listen(onChange), [store]);
  const getSnapshot = () => {
    const raw = store.get();
    const seen = last.current;
    if (seen && seen.raw === raw && seen.server === serverValue) return seen.shown;
    const same = raw === serverValue || (!diverged.current && JSON.stringify(raw) === JSON.stringify(serverValue));
    if (!same) diverged.current = true;
    const shown = same ? serverValue : raw;
    last.current = { raw, server: serverValue, shown };
    return shown;
  };
  return useSyncExternalStore(subscribe, getSnapshot, () => serverValue);
}
