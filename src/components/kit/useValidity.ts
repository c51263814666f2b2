import { useCallback, useState } from 'react';

/** Track which fields of a form hold bad input; returns the count and a reporter per field name. */
export function useValidity(): [number, (name: string) => (valid: boolean) => void] {
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
  return [invalid.size, reporter];
}
