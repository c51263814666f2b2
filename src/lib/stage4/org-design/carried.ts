/**
 * Source tags of figures carried into the scale model from another tool. The scale model reads these
 * on every visit, so the check is a few lines rather than a schema library it would otherwise not need.
 */
import type { Validator } from '../../persist/schema';
import type { PresetValueSource } from '../../scale-model/value-source';
import type { ScaleModelInputs } from '../../scale-model/types';

/** Where one carried value came from, with the value it had when carried (a tag lapses once it is edited). */
export interface CarriedSource extends PresetValueSource {
  value: unknown;
}

/** Source tags by path `roles.<id>.<field>`. */
export type CarriedSources = Record<string, CarriedSource>;

const BASES = new Set(['seed', 'derived', 'assumption']);

/** Checks stored source tags: an object of `{ basis, note, value }` with short keys and notes. */
export const carriedSourcesSchema: Validator<CarriedSources> = {
  safeParse(data: unknown) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { success: false };
    for (const [key, v] of Object.entries(data)) {
      const tag = v as Partial<CarriedSource> | null;
      if (key.length > 200 || typeof tag !== 'object' || tag === null || !BASES.has(String(tag.basis)) || typeof tag.note !== 'string' || tag.note.length > 1000 || !('value' in tag))
        return { success: false };
    }
    return { success: true, data: data as CarriedSources };
  },
};

/** The tag of a path while the plan still holds the carried value; null once someone changed it. */
export function carriedBasis(sources: CarriedSources, path: string, current: unknown): PresetValueSource | null {
  const s = sources[path];
  if (!s) return null;
  return JSON.stringify(s.value) === JSON.stringify(current) ? { basis: s.basis, note: s.note } : null;
}

/** A `basisOf(path)` lookup over carried tags, reading each path's current value from the plan. */
export function carriedBasisOf(sources: CarriedSources, plan: ScaleModelInputs): (path: string) => PresetValueSource | null {
  return (path) => {
    const m = /^roles\.(.+)\.([A-Za-z]+)$/.exec(path);
    if (!m) return null;
    const role = plan.roles.find((r) => r.id === m[1]);
    return role ? carriedBasis(sources, path, (role as unknown as Record<string, unknown>)[m[2]!]) : null;
  };
}
