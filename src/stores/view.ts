import { computed, type ReadableAtom, type WritableAtom } from 'nanostores';

/**
 * A writable view of part of another store (a lens): reading follows the source, `set` goes through
 * `write`, so a tool can work on its part of a shared state without seeing or replacing the rest.
 */
export function storeView<S, V>(source: ReadableAtom<S>, read: (state: S) => V, write: (value: V) => void): WritableAtom<V> {
  const $read = computed(source, read);
  return new Proxy($read, {
    get(target, prop) {
      if (prop === 'set') return write;
      const value: unknown = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as unknown as WritableAtom<V>;
}
