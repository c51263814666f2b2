import { useCallback, useState } from 'react';

/**
 * Track which fields of a form hold bad input: the count, a reporter per field name, and `forget` for
 * fields that are gone (all of them, or those whose name starts with a prefix).
 */
export function useValidity(): [number, (name: string) => (valid: boolean) => void, (prefix?: string) => void] {
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const reporter = useCallback(
    (name: string) => (valid: boolean) =>
      setInvalid((prev) => {
        if (valid === !prev.has(name)) return prev;
        const next = new Set(prev);
        if (valid) next.delete(name);
        else next.add(name);
        return next;
      }),
    [],
  );
  const forget = useCallback(
    (prefix?: string) =>
      setInvalid((prev) => {
        const kept = prefix === undefined ? [] : [...prev].filter((n) => !n.startsWith(prefix));
        // The same set when nothing goes, so React has nothing to re-render.
        return kept.length === prev.size ? prev : new Set(kept);
      }),
    [],
  );
  return [invalid.size, reporter, forget];
}
