import { Suspense, use, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { whenNeeded } from '../kit/when-needed';
import './deferred-part.css';

/** What every deferred part is given: called once it runs in the browser. */
export interface PartProps {
  onReady: () => void;
}

/** How the tool places a deferred part. */
export interface DeferredPartProps {
  /** True while the saved plan differs from the one the server rendered: the part's server HTML is hidden until it runs. */
  stale: boolean;
}

/** A promise that React can also read synchronously once it is open (`use` reads its `status` and `value`). */
type Gate = Promise<void>;

/** A gate that opens once; opening marks it fulfilled at once, so React can go past it in the same task. */
function gate(): { gate: Gate; open: () => void } {
  let resolve!: () => void;
  const g: Gate = new Promise<void>((done) => (resolve = done));
  return {
    gate: g,
    open: () => {
      Object.assign(g, { status: 'fulfilled', value: undefined });
      resolve();
    },
  };
}

/**
 * Suspends until the gate opens. Only where parts can wait for the viewport: the server renders the part at
 * once, and so does a browser without IntersectionObserver (`whenNeeded` would open the gate at once there).
 */
function Wait({ gate: g }: { gate: Gate }) {
  if (typeof IntersectionObserver === 'function') use(g);
  return null;
}

/**
 * A part of the tool that hydrates only when needed: near the viewport, printed, or once the page is in use
 * and the browser idle (`whenNeeded`). The server renders it in full with the starting plan; in the browser React
 * keeps that HTML (a dehydrated Suspense boundary) until the gate opens, so the first hydration does only the
 * form and the key results. The part reads the stores itself and its element is made once, so the tool's own
 * updates never reach the boundary before it hydrates; its controls stay disabled until then, so nothing typed
 * or clicked is lost (a part without controls is left enabled, so its scrolling tables stay focusable). Printing hydrates every part at once, in the same task, so paper shows them all.
 */
export function deferredPart<P extends object>(Part: ComponentType<P & PartProps>, { controls = true }: { controls?: boolean } = {}) {
  return function Deferred({ stale, ...props }: DeferredPartProps & P) {
    const ref = useRef<HTMLFieldSetElement>(null);
    const [{ gate: g, open }] = useState(gate);
    const [ready, setReady] = useState(false);
    const [printed, setPrinted] = useState(0);
    // Made once (and again only for print): a new element reaching a dehydrated boundary makes React hydrate it
    // at that update's priority, which is what printing wants and typing does not.
    const part = useMemo(
      () => (
        <Suspense fallback={null}>
          <Wait gate={g} />
          <Part {...(props as P)} onReady={() => setReady(true)} />
        </Suspense>
      ),
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [printed],
    );
    useEffect(() => {
      if (!ref.current) return;
      const stop = whenNeeded(ref.current, open);
      const print = () => {
        open();
        flushSync(() => setPrinted((n) => n + 1));
      };
      const media = window.matchMedia?.('print');
      const onMedia = (e: MediaQueryListEvent) => e.matches && print();
      window.addEventListener('beforeprint', print);
      media?.addEventListener('change', onMedia);
      return () => {
        stop();
        window.removeEventListener('beforeprint', print);
        media?.removeEventListener('change', onMedia);
      };
    }, [open]);
    return (
      <fieldset ref={ref} className="sm-part" role="none" disabled={controls && !ready} data-stale={stale && !ready ? '' : undefined}>
        {part}
      </fieldset>
    );
  };
}

/** Tell the tool, once, that a part runs in the browser. */
export function useReady(onReady: () => void) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => onReady(), []);
}
