/**
 * fast-check arbitraries from zod 4 schemas (classic or mini), for property tests of every tool.
 * Numbers lean on the values that break arithmetic: 0, -0, the bounds, subnormals (5e-324, 1e-320),
 * tiny and huge magnitudes; generated values are filtered through the schema, so refinements hold.
 */
import fc from 'fast-check';

type Def = { type: string; [k: string]: unknown };
type Schema = { _zod: { def: Def }; safeParse: (v: unknown) => { success: boolean; data?: unknown } };
type CheckDef = { check: string; value?: number; inclusive?: boolean; maximum?: number; minimum?: number; length?: number; format?: string };

const checksOf = (def: Def): CheckDef[] => ((def.checks as Schema[] | undefined) ?? []).map((c) => c._zod.def as unknown as CheckDef);

/** Awkward doubles: tried alongside random ones whenever the bounds allow them. */
export const EDGE_NUMBERS = [0, -0, 5e-324, 1e-320, 1e-300, 1e-9, 0.005, 0.01, 0.5, 1, 7, 99.99, 100, 1e6, 1e9, 1e12, 1e15, 1e300, Number.MAX_VALUE];

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  let min = -Number.MAX_VALUE;
  let max = Number.MAX_VALUE;
  let integer = def.check === 'number_format';
  for (const c of checksOf(def)) {
    if (c.check === 'greater_than' && c.value !== undefined) min = Math.max(min, c.value);
    if (c.check === 'less_than' && c.value !== undefined) max = Math.min(max, c.value);
    if (c.check === 'number_format') integer = true;
  }
  const edges = [...EDGE_NUMBERS, ...EDGE_NUMBERS.map((n) => -n), min, max].filter(
    (n) => n >= min && n <= max && (!integer || Number.isInteger(n)),
  );
  const random = integer
    ? fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return edges.length ? fc.oneof({ arbitrary: fc.constantFrom(...edges), weight: 1 }, { arbitrary: random, weight: 2 }) : random;
}

function lengthBounds(def: Def, fallbackMax: number): { minLength: number; maxLength: number } {
  let minLength = 0;
  let maxLength = fallbackMax;
  for (const c of checksOf(def)) {
    if (c.check === 'max_length' && c.maximum !== undefined) maxLength = Math.min(maxLength, c.maximum);
    if (c.check === 'min_length' && c.minimum !== undefined) minLength = Math.max(minLength, c.minimum);
    if (c.check === 'length_equals' && c.length !== undefined) return { minLength: c.length, maxLength: c.length };
  }
  return { minLength, maxLength: Math.max(minLength, maxLength) };
}

function build(schema: Schema, overrides: Map<Schema, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const own = overrides.get(schema);
  if (own) return own;
  const def = schema._zod.def;
  const inner = (key: string) => build(def[key] as Schema, overrides);
  switch (def.type) {
    case 'number':
      return numberArbitrary(def);
    case 'string':
      return fc.string(lengthBounds(def, 40));
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null, freq: 4 });
    case 'optional':
      return fc.option(inner('innerType'), { nil: undefined, freq: 4 });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return inner('innerType');
    case 'pipe':
      return inner('in');
    case 'lazy':
      return build((schema._zod as unknown as { innerType: Schema }).innerType, overrides);
    case 'array':
      return fc.array(inner('element'), lengthBounds(def, 8));
    case 'tuple':
      return fc.tuple(...(def.items as Schema[]).map((s) => build(s, overrides)));
    case 'union':
      return fc.oneof(...(def.options as Schema[]).map((s) => build(s, overrides)));
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, build(s, overrides)])));
    }
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 12 }), inner('valueType'), { maxKeys: 6 });
    default:
      throw new Error(`No arbitrary for zod type "${def.type}"`);
  }
}

/**
 * An arbitrary of what `schema` parses to (transforms applied), from values it accepts. `overrides` swap in hand-made arbitraries for
 * sub-schemas (ids that must match a definition, dates in a format).
 */
export function arbitraryFrom<T>(schema: unknown, overrides: Array<[unknown, fc.Arbitrary<unknown>]> = []): fc.Arbitrary<T> {
  const s = schema as Schema;
  return build(s, new Map(overrides as Array<[Schema, fc.Arbitrary<unknown>]>))
    .map((v) => s.safeParse(v))
    .filter((r) => r.success)
    .map((r) => r.data as T);
}

/** Every number anywhere in `value` (paths included), for "nothing is NaN or Infinity" checks. */
export function nonFiniteNumbers(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (value instanceof Map) {
    for (const [k, v] of value) nonFiniteNumbers(v, `${path}.${String(k)}`, out);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nonFiniteNumbers(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nonFiniteNumbers(v, `${path}.${k}`, out);
  }
  return out;
}

/** Runs for each property (the brief asks for at least 10,000 per compute function). */
export const FUZZ_RUNS = 10_000;
