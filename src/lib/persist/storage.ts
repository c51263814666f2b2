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

/** The browser's storage, if it can be read, and why writes may not work. */
export interface DetectedStorage {
  storage: BackingStorage | null;
  problem: StorageProblem;
}

/**
 * Find localStorage without throwing (Safari private mode and disabled cookies throw on access).
 * Reading does not depend on writing: a full store is still returned, so saved work shows, with
 * the `quota` problem so the UI can say changes can't be saved.
 */
export function detectLocalStorage(): DetectedStorage {
  let storage: Storage;
  try {
    if (typeof localStorage === 'undefined') return { storage: null, problem: 'disabled' };
    storage = localStorage;
    void storage.length;
  } catch {
    return { storage: null, problem: 'disabled' };
  }
  try {
    const probe = '__scale-handbook-probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return { storage, problem: null };
  } catch (error) {
    return { storage, problem: isQuotaError(error) ? 'quota' : 'disabled' };
  }
}

function isQuotaError(error: unknown): boolean {
  // DOMException is not an Error everywhere (jsdom, older engines): look at the fields.
  if (typeof error !== 'object' || error === null) return false;
  const { name = '', message = '' } = error as { name?: string; message?: string };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(message);
}

/**
 * Build a key/value object (the shape `setPersistentEngine` expects) over `backing`, falling
 * back to memory per key when a write fails. A value held in memory wins over the backing store
 * so the tab keeps what the person typed.
 */
export function createGuardedStorage(
  backing: BackingStorage | null,
  onStatus: (status: StorageStatus) => void = () => {},
  /** A problem already known (e.g. the store is full), reported until a write succeeds. */
  knownProblem: StorageProblem = null,
): Record<string, string> {
  const memory = new Map<string, string>();
  let status: StorageStatus = !backing
    ? { persistent: false, problem: 'disabled' }
    : knownProblem
      ? { persistent: false, problem: knownProblem }
      : { persistent: true, problem: null };
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
