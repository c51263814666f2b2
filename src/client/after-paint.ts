/** How long an island waits for the browser to report its first paint before it goes on without it. */
export const FIRST_PAINT_WAIT_MS = 3_000;

type PaintWindow = Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> & {
  PerformanceObserver?: typeof PerformanceObserver;
  performance?: Pick<Performance, 'getEntriesByName'>;
};

/**
 * Resolves once the page's first content is on screen (the paint timing entry `first-contentful-paint`), so an
 * island's scripts never compete with the page's own first paint. Resolves at once where the browser cannot
 * report paints, or has already painted, and after `FIRST_PAINT_WAIT_MS` at the latest (a page loaded in a
 * background tab may never report one).
 */
export function afterFirstPaint(win: PaintWindow = globalThis): Promise<void> {
  return new Promise((done) => {
    const Observer = win.PerformanceObserver;
    const painted = () => (win.performance?.getEntriesByName('first-contentful-paint').length ?? 0) > 0;
    if (typeof Observer !== 'function' || !Observer.supportedEntryTypes?.includes('paint') || painted()) return done();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new Observer((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) finish();
    });
    function finish() {
      observer.disconnect();
      win.clearTimeout(timer);
      done();
    }
    timer = win.setTimeout(finish, FIRST_PAINT_WAIT_MS);
    observer.observe({ type: 'paint', buffered: true });
  });
}
