import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundleWorker, withPrecacheList } from './service-worker';

describe('the service worker', () => {
  it('is bundled with its precache list left to the build, exactly once', async () => {
    const code = await bundleWorker();
    expect(code.split('self.__WB_MANIFEST')).toHaveLength(2);
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
  });

  it('takes the list in place of the placeholder, and refuses a worker without exactly one', () => {
    expect(withPrecacheList('a(self.__WB_MANIFEST,{})', '[{url:"x",revision:"0"}]')).toBe('a([{url:"x",revision:"0"}],{})');
    expect(() => withPrecacheList('a([],{})', '[]')).toThrow(/exactly once/);
    expect(() => withPrecacheList('a(self.__WB_MANIFEST,self.__WB_MANIFEST)', '[]')).toThrow(/exactly once/);
  });

  it('runs in a worker scope: listens for install, activate, fetch and messages, and skips waiting only when asked', async () => {
    const code = withPrecacheList(await bundleWorker(), '[{url:"index.html",revision:"0"},{url:"offline/index.html",revision:"0"}]');
    const listeners = new Map<string, ((event: unknown) => void)[]>();
    let skipped = 0;
    // The worker's global scope: `self` is the global object itself.
    const scope: Record<string, unknown> = {
      ...{ URL, Request, Response, Headers, console },
      location: new URL('https://handbook.example.com/sw.js'),
      registration: { scope: 'https://handbook.example.com/' },
      addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
      skipWaiting: async () => void skipped++,
    };
    scope.self = scope;
    runInNewContext(code, scope);
    expect([...listeners.keys()].sort()).toEqual(['activate', 'fetch', 'install', 'message']);
    for (const listener of listeners.get('message')!) listener({ data: { type: 'something else' } });
    expect(skipped).toBe(0);
    for (const listener of listeners.get('message')!) listener({ data: { type: 'SKIP_WAITING' } });
    expect(skipped).toBe(1);
  });
});
