/** Events that mean someone is using the page; from the first one on, deferred work may run whenever the browser is idle. */
const INTERACTIONS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

let firstUse: Promise<void> | null = null;

/** Run `fn` when the browser is idle (soon, at the latest). */
function whenIdle(fn: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: 2_000 });
  else setTimeout(fn, 200);
}

/** Resolves once the page has been used (pointer, key, touch, wheel or scroll) and the browser is then idle. */
function afterFirstUse(): Promise<void> {
  firstUse ??= new Promise((done) => {
    const used = () => {
      for (const type of INTERACTIONS) removeEventListener(type, used, true);
      whenIdle(done);
    };
    for (const type of INTERACTIONS) addEventListener(type, used, { capture: true, passive: true });
  });
  return firstUse;
}

/**
 * Call `start` once, when the first of these happens: `element` comes within a screen's height of the viewport,
 * the page is laid out for print, or the page has been used and the browser is idle (so a part nobody scrolled
 * to is ready before someone prints). Work that waits here stays out of a page's first load. Returns a cancel.
 */
export function whenNeeded(element: Element, start: () => void): () => void {
  let pending = true;
  const print = window.matchMedia?.('print');
  const onPrint = (e: MediaQueryListEvent) => e.matches && fire();
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire(), { rootMargin: '100% 0px' })
      : null;
  function stop() {
    pending = false;
    observer?.disconnect();
    print?.removeEventListener('change', onPrint);
    removeEventListener('beforeprint', fire);
  }
  function fire() {
    if (!pending) return;
    stop();
    start();
  }
  if (!observer || print?.matches) {
    fire();
    return stop;
  }
  observer.observe(element);
  print?.addEventListener('change', onPrint);
  addEventListener('beforeprint', fire);
  void afterFirstUse().then(fire);
  return stop;
}
