import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { storageEngine } from './storage';
import {
  decodeStored,
  encodeStored,
  migrateStored,
  storageKey,
  type StoredNotice,
  type VersionedSpec,
} from '../lib/persist/versioned';

/** A tool's saved state plus what happened when it was read back. */
export interface PersistentTool<T> {
  $value: WritableAtom<T>;
  $notice: ReadableAtom<StoredNotice | null>;
  dismissNotice: () => void;
  reset: () => void;
  /** True when this browser holds inputs of its own for the tool (something a share link would replace). */
  hasSaved: () => boolean;
  spec: VersionedSpec<T>;
}

/**
 * Create a versioned, validated, cross-tab store for a tool's state.
 * Reading back is parse → validate → migrate (from older keys) or defaults, with a notice; older keys
 * are removed once read.
 */
export function createPersistentTool<T>(spec: VersionedSpec<T>): PersistentTool<T> {
  const key = storageKey(spec.tool, spec.version);
  const $notice = atom<StoredNotice | null>(null);

  if (!(key in storageEngine)) {
    // Versions start at 0: a key from any older version is migrated or discarded, never left silently.
    for (let v = spec.version - 1; v >= 0; v--) {
      const oldKey = storageKey(spec.tool, v);
      const raw = storageEngine[oldKey];
      if (raw === undefined) continue;
      const upgraded = migrateStored(raw, v, spec);
      $notice.set(upgraded.notice);
      if (upgraded.notice === 'migrated') storageEngine[key] = encodeStored(upgraded.value);
      delete storageEngine[oldKey];
      break;
    }
  }

  const $value = persistentAtom<T>(key, spec.defaults, {
    encode: encodeStored,
    decode: (raw: string) => {
      const read = decodeStored(raw, spec);
      if (read.notice) $notice.set(read.notice);
      return read.value;
    },
  });

  return {
    $value,
    $notice,
    dismissNotice: () => $notice.set(null),
    reset: () => $value.set(spec.defaults),
    hasSaved: () => key in storageEngine && JSON.stringify($value.get()) !== JSON.stringify(spec.defaults),
    spec,
  };
}

/**
 * Results derived from a tool's saved inputs, and the results of its starting inputs (what the server renders),
 * computed on first use. While the inputs are the starting ones (nothing saved, or just reset) the store holds
 * that very object: nothing is computed twice on load, and hydration finds the value it rendered, so React has
 * nothing to redo.
 */
export function derivedResults<I, R>(tool: PersistentTool<I>, compute: (inputs: I) => R): { $result: ReadableAtom<R>; defaultResult: () => R } {
  const defaults = tool.spec.defaults;
  const defaultResult = once(() => compute(defaults));
  const $result = computed(tool.$value, (inputs) => (inputs === defaults ? defaultResult() : compute(inputs)));
  return { $result, defaultResult };
}

/** A value made on first use and kept: a tool's starting results, which pages that never show them never compute. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
