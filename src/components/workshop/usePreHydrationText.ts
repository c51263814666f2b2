import { useLayoutEffect, useRef } from 'react';

/**
 * The server renders worksheet fields as real inputs, so a person can type before the island has
 * hydrated. React keeps its own (empty) state and would overwrite that text on the next render: on
 * mount, hand whatever the box already holds to `apply`, so it is parsed and saved like typing.
 */
export function usePreHydrationText<E extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
  text: string,
  apply: (typed: string) => void,
) {
  const ref = useRef<E>(null);
  useLayoutEffect(() => {
    const typed = ref.current?.value;
    if (typed !== undefined && typed !== text) apply(typed);
    // Only the first commit can find text typed before hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
