/**
 * A storage engine for `@nanostores/persistent` that never throws: reads and writes go to
 * localStorage when it works, and to memory when it is disabled or full. Failures are reported
 * through `onStatus` so the UI can say "not saved" instead of silently losing work.
 */

export type StorageProblem = 'disabled' | 'quota' | null;

/** What the UI needs to know about saving in this browser. */
export interface StorageStatus {
  persistent: boolean;
  problem: StorageProblem;
}

/** A string-keyed storage like `window.localStorage`, or `null` where none is available. */
export type BackingStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Find localStorage without throwing (Safari private mode and disabled cookies throw on access). */
export function detectLocalStorage(): BackingStorage | null {
  try {
    if (typeof localStorage === 'undefined') return null;
    const probe = '__scale-handbook-probe__';
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(error.message);
}

/**
 * Build a key/value object (the shape `setPersistentEngine` expects) over `backing`, falling
 * back to memory per key when a write fails. A value held in memory wins over the backing store
 * so the tab keeps what the person typed.
 */
export function createGuardedStorage(
  backing: BackingStorage | null,
  onStatus: (status: StorageStatus) => void = () => {},
): Record<string, string> {
  const memory = new Map<string, string>();
  let status: StorageStatus = backing ? { persistent: true, problem: null } : { persistent: false, problem: 'disabled' };
  onStatus(status);
  const report = (next: StorageStatus) => {
    if (next.persistent !== status.persistent || next.problem !== status.problem) {
      status = next;
      onStatus(status);
    }
  };

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    if (!backing) return undefined;
    try {
      return backing.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  const keys = (): string[] => {
    const out = new Set(memory.keys());
    if (backing) {
      try {
        for (let i = 0; i < backing.length; i++) {
          const k = backing.key(i);
          if (k !== null) out.add(k);
        }
      } catch {
        /* unreadable storage lists nothing */
      }
    }
    return [...out];
  };

  return new Proxy({} as Record<string, string>, {
    get: (_t, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_t, key) => typeof key === 'string' && read(key) !== undefined,
    set: (_t, key, value) => {
      if (typeof key !== 'string') return true;
      const text = String(value);
      if (!backing) {
        memory.set(key, text);
        return true;
      }
      try {
        backing.setItem(key, text);
        memory.delete(key);
        if (!status.persistent) report({ persistent: true, problem: null });
      } catch (error) {
        memory.set(key, text);
        report({ persistent: false, problem: isQuotaError(error) ? 'quota' : 'disabled' });
      }
      return true;
    },
    deleteProperty: (_t, key) => {
      if (typeof key !== 'string') return true;
      memory.delete(key);
      try {
        backing?.removeItem(key);
      } catch {
        /* nothing to remove */
      }
      return true;
    },
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_t, key) =>
      typeof key === 'string' && read(key) !== undefined
        ? { value: read(key), writable: true, enumerable: true, configurable: true }
        : undefined,
  });
}
