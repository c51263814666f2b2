/**
 * Hiring profiles → scale model roles: the count lands in the month it is needed, everything else is
 * kept from a role already in the plan or taken from a new role's defaults, and every carried figure
 * is tagged with where it came from.
 */
import { MAX_ROLES } from '../../scale-model/schema';
import { PLAN_MONTHS } from '../../scale-model/rules';
import type { CarriedSources } from './carried';
import type { ScaleModelInputs, ScaleRole } from '../../scale-model/types';
import type { HiringProfile } from './compute';

/** What sending the profiles would do: roles added and roles updated, by name. */
export interface ScaleModelMerge {
  inputs: ScaleModelInputs;
  sources: CarriedSources;
  added: string[];
  updated: string[];
  /** Profiles left out because the plan is full. */
  skipped: string[];
}

/** The scale model role id of a profile. */
export const scaleRoleId = (profile: HiringProfile) => `org-${profile.id}`.slice(0, 64);

/** Makes a new, empty scale model role with an id not yet taken (the scale model's own "add a role"). */
export type NewScaleRole = (existingIds: readonly string[], name: string) => ScaleRole;

/** Merge the hiring profiles into a scale model plan (pure: the caller asks before applying it). */
export function mergeProfilesIntoScaleModel(plan: ScaleModelInputs, profiles: readonly HiringProfile[], newScaleRole: NewScaleRole): ScaleModelMerge {
  const roles = [...plan.roles];
  const sources: CarriedSources = {};
  const added: string[] = [];
  const updated: string[] = [];
  const skipped: string[] = [];
  for (const p of profiles) {
    if (p.count <= 0) continue;
    const id = scaleRoleId(p);
    const month = Math.min(PLAN_MONTHS, Math.max(1, Math.round(p.neededByMonth)));
    const hiresPerMonth = Array<number>(PLAN_MONTHS).fill(0);
    hiresPerMonth[month - 1] = p.count;
    const at = roles.findIndex((r) => r.id === id);
    let role: ScaleRole;
    if (at >= 0) {
      role = { ...roles[at]!, name: p.role.slice(0, 120), hiresPerMonth };
      roles[at] = role;
      updated.push(role.name);
    } else {
      if (roles.length >= MAX_ROLES) {
        skipped.push(p.role);
        continue;
      }
      role = { ...newScaleRole(roles.map((r) => r.id), p.role.slice(0, 120)), id, hiresPerMonth };
      roles.push(role);
      added.push(role.name);
      for (const field of ['rampMonths', 'fullOutputPerMonth', 'attainmentPct', 'loadedMonthlyCostUsd'] as const)
        sources[`roles.${id}.${field}`] = {
          basis: 'assumption',
          note: 'A new role\'s default, not from the organization design: replace it with your own figure.',
          value: role[field],
        };
    }
    sources[`roles.${id}.hiresPerMonth`] = {
      basis: 'derived',
      note: `From the organization design: ${p.count} × ${p.role} needed by month ${month} (${p.basis}).`,
      value: hiresPerMonth,
    };
  }
  return { inputs: { ...plan, roles }, sources, added, updated, skipped };
}

export { carriedBasis, carriedBasisOf, type CarriedSource, type CarriedSources } from './carried';
