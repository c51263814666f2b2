import { createGuardedStorage, type BackingStorage, type StorageStatus } from './storage';

function fakeStorage(opts: { failWith?: Error } = {}): BackingStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (opts.failWith) throw opts.failWith;
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('createGuardedStorage', () => {
  it('reads and writes through to the backing storage', () => {
    const backing = fakeStorage();
    const s = createGuardedStorage(backing);
    s['a'] = '1';
    expect(backing.data.get('a')).toBe('1');
    expect('a' in s).toBe(true);
    delete s['a'];
    expect('a' in s).toBe(false);
  });

  it('keeps the value in memory and reports a quota error instead of throwing', () => {
    const statuses: StorageStatus[] = [];
    const s = createGuardedStorage(fakeStorage({ failWith: quotaError() }), (st) => statuses.push(st));
    expect(() => (s['big'] = 'x'.repeat(10))).not.toThrow();
    expect(s['big']).toBe('x'.repeat(10));
    expect(statuses.at(-1)).toEqual({ persistent: false, problem: 'quota' });
  });

  it('works from memory when storage is disabled', () => {
    const statuses: StorageStatus[] = [];
    const s = createGuardedStorage(null, (st) => statuses.push(st));
    s['k'] = 'v';
    expect(s['k']).toBe('v');
    expect(Object.keys(s)).toEqual(['k']);
    expect(statuses[0]).toEqual({ persistent: false, problem: 'disabled' });
  });

  it('survives a backing store whose reads throw', () => {
    const backing = fakeStorage();
    backing.getItem = () => {
      throw new Error('SecurityError');
    };
    const s = createGuardedStorage(backing);
    expect(s['x']).toBeUndefined();
  });
});
