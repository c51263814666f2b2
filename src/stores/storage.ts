import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { createGuardedStorage, detectLocalStorage, type StorageStatus } from '../lib/persist/storage';

/** Whether this browser is keeping what people type (shared by every tool). */
export const $storageStatus = atom<StorageStatus>({ persistent: true, problem: null });

const detected = typeof window === 'undefined' ? { storage: null, problem: null } : detectLocalStorage();

/** The guarded engine every persistent store uses; memory-only on the server. */
export const storageEngine: Record<string, string> = createGuardedStorage(
  detected.storage,
  (status) => {
    if (typeof window !== 'undefined') $storageStatus.set(status);
  },
  detected.problem,
);

setPersistentEngine(
  storageEngine,
  typeof window === 'undefined' ? { addEventListener() {}, removeEventListener() {} } : windowPersistentEvents,
);
