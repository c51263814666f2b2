import { useRef } from 'react';

/** Stable keys for process rows, so removing one row never hands its typed text to the next. */
export function useRowKeys(count: number) {
  const ref = useRef<{ keys: string[]; next: number } | null>(null);
  if (ref.current === null) ref.current = { keys: [], next: 0 };
  const state = ref.current;
  const make = () => `row-${state.next++}`;
  // Rows changed from outside (another tab, a share link): give every row a key again.
  if (state.keys.length !== count) state.keys = Array.from({ length: count }, (_, i) => state.keys[i] ?? make());
  const api = useRef({
    add: () => void state.keys.push(make()),
    remove: (i: number) => void state.keys.splice(i, 1),
    renew: () => void (state.keys = []),
  });
  return { keys: state.keys, ...api.current };
}
