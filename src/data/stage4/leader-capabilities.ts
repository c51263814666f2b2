/**
 * What the first sales leader should bring (Stage 4 guide, Phase 2: "What capabilities should the first
 * sales leader bring?"), drawn from the guide and from the playbook's Stage 3 sales process.
 */

/** One capability with where it comes from. */
export interface LeaderCapability {
  id: string;
  label: string;
  source: string;
}

/** The checklist offered in the organization design tool. */
export const LEADER_CAPABILITIES: readonly LeaderCapability[] = [
  { id: 'scale-proven-motion', label: 'Has scaled a proven motion, rather than searched for one', source: 'Stage 4 exit criteria: leadership role defined as scaling a proven motion' },
  { id: 'specialized-roles', label: 'Has built specialized roles (SDR, AE, AM)', source: 'Playbook, Stage 3 sales process: Sales Machine' },
  { id: 'playbooks-by-segment', label: 'Writes and runs sales playbooks by segment or vertical', source: 'Playbook, Stage 3 sales process; Stage 4 Phase 3: playbooks by ICP' },
  { id: 'enablement', label: 'Runs a sales enablement and onboarding program (30/60/90 days)', source: 'Playbook, Stage 3 sales process; Stage 4 Phase 3' },
  { id: 'forecasting', label: 'Forecasts and manages pipeline (coverage, win rate, cycle)', source: 'Playbook, Stage 3 sales process; Stage 4 Phase 3: forecasting methodology' },
  { id: 'sales-ops', label: 'Sets up sales operations, CRM reporting and analytics', source: 'Playbook, Stage 3 sales process; Stage 4 Phase 3: CRM and dashboards' },
  { id: 'hire-ahead', label: 'Hires 3–6 months ahead of need and ramps to validated times', source: 'Playbook, hiring principles; Stage 4 Phase 4' },
  { id: 'comp-design', label: 'Designs compensation aligned with validated metrics', source: 'Stage 4 Phase 3' },
  { id: 'multi-team', label: 'Has led separate teams per segment (needed under Multi-ICP)', source: 'Stage 4 Phase 1: Multi-ICP with separate processes or teams' },
  { id: 'operator-feedback', label: 'Acts on what operators report from the channels', source: 'Stage 4 common pitfalls: ignoring operator feedback' },
];
