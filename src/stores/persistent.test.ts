// @vitest-environment jsdom
import { z } from 'zod';

const schema = z.object({ n: z.number() });
const spec = { tool: 'demo', version: 2, schema, defaults: { n: 0 }, migrations: { 1: (o: unknown) => ({ n: (o as { value: number }).value }) } };

async function freshTool() {
  vi.resetModules();
  const { createPersistentTool } = await import('./persistent');
  const { $storageStatus } = await import('./storage');
  return { tool: createPersistentTool(spec), $storageStatus };
}

function otherTab(key: string, newValue: string | null) {
  if (newValue === null) localStorage.removeItem(key);
  else localStorage.setItem(key, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
}

describe('createPersistentTool', () => {
  beforeEach(() => localStorage.clear());

  it('saves as you set and reads back after a reload', async () => {
    const { tool } = await freshTool();
    const off = tool.$value.listen(() => {});
    tool.$value.set({ n: 5 });
    expect(localStorage.getItem('scale-handbook:demo:v2')).toBe('{"n":5}');
    off();
    const reloaded = (await freshTool()).tool;
    expect(reloaded.$value.get()).toEqual({ n: 5 });
  });

  it('falls back to defaults with a notice on corrupt JSON', async () => {
    localStorage.setItem('scale-handbook:demo:v2', '{oops');
    const { tool } = await freshTool();
    expect(tool.$value.get()).toEqual({ n: 0 });
    expect(tool.$notice.get()).toBe('corrupt');
  });

  it('falls back to defaults with a notice on a wrong shape', async () => {
    localStorage.setItem('scale-handbook:demo:v2', '{"n":"five"}');
    const { tool } = await freshTool();
    expect(tool.$value.get()).toEqual({ n: 0 });
    expect(tool.$notice.get()).toBe('corrupt');
  });

  it('migrates a value saved under an older version key', async () => {
    localStorage.setItem('scale-handbook:demo:v1', '{"value":7}');
    const { tool } = await freshTool();
    expect(tool.$value.get()).toEqual({ n: 7 });
    expect(tool.$notice.get()).toBe('migrated');
    expect(localStorage.getItem('scale-handbook:demo:v1')).toBeNull();
  });

  it('discards a value saved under a v0 key with a notice, and removes the key', async () => {
    localStorage.setItem('scale-handbook:demo:v0', '{"n":3}');
    const { tool } = await freshTool();
    expect(tool.$value.get()).toEqual({ n: 0 });
    expect(tool.$notice.get()).toBe('discarded');
    expect(localStorage.getItem('scale-handbook:demo:v0')).toBeNull();
  });

  it('migrates from v0 when a migration path exists', async () => {
    vi.resetModules();
    const { createPersistentTool } = await import('./persistent');
    localStorage.setItem('scale-handbook:demo:v0', '{"old":4}');
    const tool = createPersistentTool({ ...spec, migrations: { ...spec.migrations, 0: (o: unknown) => ({ value: (o as { old: number }).old }) } });
    expect(tool.$value.get()).toEqual({ n: 4 });
    expect(tool.$notice.get()).toBe('migrated');
  });

  it('shows saved values when storage is full, and says changes cannot be saved', async () => {
    localStorage.setItem('scale-handbook:demo:v2', '{"n":6}');
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { tool, $storageStatus } = await freshTool();
    const { storageEngine } = await import('./storage');
    expect(tool.$value.get()).toEqual({ n: 6 });
    expect($storageStatus.get()).toEqual({ persistent: false, problem: 'quota' });
    expect(Object.keys(storageEngine)).toContain('scale-handbook:demo:v2');
    spy.mockRestore();
  });

  it('follows an update from another tab, validated', async () => {
    const { tool } = await freshTool();
    const seen: number[] = [];
    const off = tool.$value.listen((v) => seen.push(v.n));
    otherTab('scale-handbook:demo:v2', '{"n":9}');
    expect(tool.$value.get()).toEqual({ n: 9 });
    otherTab('scale-handbook:demo:v2', '"junk"');
    expect(tool.$value.get()).toEqual({ n: 0 });
    expect(tool.$notice.get()).toBe('corrupt');
    off();
    expect(seen).toEqual([9, 0]);
  });

  it('resets to the defaults when another tab removes the key', async () => {
    localStorage.setItem('scale-handbook:demo:v2', '{"n":3}');
    const { tool } = await freshTool();
    const off = tool.$value.listen(() => {});
    otherTab('scale-handbook:demo:v2', null);
    expect(tool.$value.get()).toEqual({ n: 0 });
    off();
  });

  it('keeps working and reports when storage is full', async () => {
    const { tool, $storageStatus } = await freshTool();
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw Object.assign(new Error('quota exceeded'), { name: 'QuotaExceededError' });
    });
    tool.$value.set({ n: 4 });
    expect(tool.$value.get()).toEqual({ n: 4 });
    expect($storageStatus.get()).toEqual({ persistent: false, problem: 'quota' });
    spy.mockRestore();
  });

  it('keeps working in memory when storage is disabled', async () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { tool, $storageStatus } = await freshTool();
    tool.$value.set({ n: 2 });
    expect(tool.$value.get()).toEqual({ n: 2 });
    expect($storageStatus.get().persistent).toBe(false);
    spy.mockRestore();
  });
});
