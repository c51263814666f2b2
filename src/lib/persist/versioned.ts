import type { Validator } from './schema';
import { parseJsonWith } from './json';

/** Why a stored value was not used as-is. */
export type StoredNotice = 'corrupt' | 'migrated' | 'discarded';

/** How a tool's saved state is named, checked and upgraded. */
export interface VersionedSpec<T> {
  /** Tool id, used in the key: `scale-handbook:<tool>:v<version>`. */
  tool: string;
  /** Current version of the stored shape; bump it when the shape changes. */
  version: number;
  /** Validates the current shape. */
  schema: Validator<T>;
  /** What a new visitor starts with. */
  defaults: T;
  /** `migrations[n]` turns version n data into version n+1 data. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

/** The storage key of a tool's state at a given version. */
export function storageKey(tool: string, version: number): string {
  return `scale-handbook:${tool}:v${version}`;
}

/** Result of reading a stored value back. */
export interface ReadBack<T> {
  value: T;
  notice: StoredNotice | null;
}

/** parse → validate; junk becomes the defaults with a notice, never an exception. */
export function decodeStored<T>(raw: string | undefined | null, spec: VersionedSpec<T>): ReadBack<T> {
  if (raw == null) return { value: spec.defaults, notice: null };
  const read = parseJsonWith(spec.schema)(raw);
  return read.ok ? { value: read.value, notice: null } : { value: spec.defaults, notice: 'corrupt' };
}

/** Upgrade data saved by version `from` to the current version; unknown or failing paths are discarded. */
export function migrateStored<T>(raw: string, from: number, spec: VersionedSpec<T>): ReadBack<T> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
    for (let v = from; v < spec.version; v++) {
      const step = spec.migrations?.[v];
      if (!step) return { value: spec.defaults, notice: 'discarded' };
      data = step(data);
    }
  } catch {
    return { value: spec.defaults, notice: 'discarded' };
  }
  const checked = spec.schema.safeParse(data);
  return checked.success ? { value: checked.data, notice: 'migrated' } : { value: spec.defaults, notice: 'discarded' };
}

/** Serialise for storage. */
export function encodeStored<T>(value: T): string {
  return JSON.stringify(value);
}
