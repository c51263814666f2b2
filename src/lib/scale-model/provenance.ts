/**
 * Which preset the plan is based on, and where each of its values comes from (seed, derived or
 * assumption). A value keeps its preset basis only while it still equals the preset's value, so
 * a figure someone replaced with their own stops being marked as the playbook's or as assumed.
 * Pure: the presets come in as arguments.
 */
import { GLOBAL_NUMBER_FIELDS, ROLE_VALUE_FIELDS } from './rules';
import type { ScaleModelInputs } from './types';
import type { PresetValueSource } from './value-source';

/** What provenance needs of a preset: its inputs and the basis of each value by source path. */
export interface ProvenancePreset {
  inputs: ScaleModelInputs;
  /** Basis of each value, keyed by `roles.<roleId>.<field>` or a global field name. */
  sources: Readonly<Record<string, PresetValueSource>>;
}

const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b);

/** Source path of a role field (presets key roles by id, validation by index). */
export const roleSourcePath = (roleId: string, field: string) => `roles.${roleId}.${field}`;

/** Source paths (`roles.<id>.<field>` or a global name) whose value equals the preset's. */
function matchingPaths(inputs: ScaleModelInputs, preset: ProvenancePreset): Set<string> {
  const out = new Set<string>();
  for (const role of inputs.roles) {
    const theirs = preset.inputs.roles.find((r) => r.id === role.id);
    if (!theirs) continue;
    for (const key of ROLE_VALUE_FIELDS) if (same(role[key], theirs[key])) out.add(roleSourcePath(role.id, key));
  }
  for (const key of GLOBAL_NUMBER_FIELDS) if (same(inputs[key], preset.inputs[key])) out.add(key);
  return out;
}

/** The plan's relation to the presets: the exact match (if any) and the closest preset with the values it still shares. */
export interface Provenance<P extends ProvenancePreset = ProvenancePreset> {
  exact: P | null;
  closest: P | null;
  /** Basis of a value by its source path, or null when it is the user's own. */
  basisOf: (path: string) => PresetValueSource | null;
}

/** Work out which preset the inputs come from and which of its values they still hold. */
export function provenanceOf<P extends ProvenancePreset>(inputs: ScaleModelInputs, presets: readonly P[]): Provenance<P> {
  let best: { preset: P; paths: Set<string> } | null = null;
  for (const preset of presets) {
    const paths = matchingPaths(inputs, preset);
    // Phases 2 and 3 share role ids: their hires, headcounts, costs and cash tell them apart.
    if (!best || paths.size > best.paths.size) best = { preset, paths };
  }
  const exact = presets.find((p) => JSON.stringify(p.inputs) === JSON.stringify(inputs)) ?? null;
  const closest = best && best.paths.size > 0 ? best.preset : null;
  const paths = closest && best ? best.paths : new Set<string>();
  return {
    exact,
    closest,
    basisOf: (path) => (closest && paths.has(path) ? (closest.sources[path] ?? null) : null),
  };
}
