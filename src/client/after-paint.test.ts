import { afterFirstPaint, FIRST_PAINT_WAIT_MS } from './after-paint';

type Callback = (list: { getEntriesByName: (name: string) => unknown[] }) => void;

/** A window whose paint observer is driven by the test. */
function fakeWindow({ supported = true, alreadyPainted = false } = {}) {
  const observers: { callback: Callback; disconnected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = supported ? ['paint', 'navigation'] : ['navigation'];
    entry: { callback: Callback; disconnected: boolean };
    constructor(callback: Callback) {
      this.entry = { callback, disconnected: false };
      observers.push(this.entry);
    }
    observe() {}
    disconnect() {
      this.entry.disconnected = true;
    }
  }
  const win = {
    PerformanceObserver: FakeObserver as unknown as typeof PerformanceObserver,
    performance: { getEntriesByName: (name: string) => (alreadyPainted && name === 'first-contentful-paint' ? [{}] : []) } as Pick<Performance, 'getEntriesByName'>,
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
  };
  const paint = (name: string) => observers.forEach((o) => o.callback({ getEntriesByName: (n) => (n === name ? [{}] : []) }));
  return { win, observers, paint };
}

/** Whether the promise has settled by the end of the current microtask queue. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('afterFirstPaint', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for the first contentful paint, not the first paint', async () => {
    const { win, observers, paint } = fakeWindow();
    const p = afterFirstPaint(win);
    expect(await settled(p)).toBe(false);
    paint('first-paint');
    expect(await settled(p)).toBe(false);
    paint('first-contentful-paint');
    expect(await settled(p)).toBe(true);
    expect(observers[0]!.disconnected).toBe(true);
  });

  it('goes on at once where the page has already painted', async () => {
    const { win, observers } = fakeWindow({ alreadyPainted: true });
    expect(await settled(afterFirstPaint(win))).toBe(true);
    expect(observers).toHaveLength(0);
  });

  it('goes on at once where the browser cannot report paints', async () => {
    expect(await settled(afterFirstPaint(fakeWindow({ supported: false }).win))).toBe(true);
    expect(await settled(afterFirstPaint({ setTimeout, clearTimeout }))).toBe(true);
  });

  it('goes on after the longest wait when no paint is ever reported (a background tab)', async () => {
    vi.useFakeTimers();
    const { win, observers } = fakeWindow();
    win.setTimeout = globalThis.setTimeout;
    win.clearTimeout = globalThis.clearTimeout;
    const p = afterFirstPaint(win);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS - 1);
    expect(await settled(p)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(p)).toBe(true);
    expect(observers[0]!.disconnected).toBe(true);
  });
});
