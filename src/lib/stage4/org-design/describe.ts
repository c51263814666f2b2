/** The organization design's answers in words, with their figures. */
import { formatNumber, formatPct } from '../../format';
import type { OrgResult } from './compute';
import type { OrgInputs } from './schema';

/** Why the ICPs do or don't need separate teams. */
export function separateTeamsText(r: OrgResult, inputs: OrgInputs): string {
  const bar = formatPct(inputs.thresholds.minSharedSkillsPct, 0);
  const name = (id: string) => inputs.icps.find((i) => i.id === id)?.name.trim() || 'an ICP';
  const shares = r.separateTeams.overlaps.map((o) => `${name(o.icpId)} shares ${o.sharedPct === null ? '–' : formatPct(o.sharedPct, 0)}`).join('; ');
  switch (r.separateTeams.because) {
    case 'no-strategy':
      return "Can't tell yet, because the ICP strategy isn't decided.";
    case 'not-multi':
      return 'Primary ICP focus: one team for the primary ICP.';
    case 'single-icp':
      return 'Only one ICP: one team.';
    case 'no-skills':
      return "Can't tell yet, because not every ICP lists the skills it needs.";
    case 'skills-differ':
      return `Multi-ICP and skills differ: ${shares} of the first ICP's skills (own team below ${bar}).`;
    case 'skills-overlap':
      return `Multi-ICP, but skills overlap enough to share a team: ${shares} (own team below ${bar}).`;
  }
}

/** Why SDR/AE specialization is or isn't needed yet, and what it adds. */
export function specializationText(r: OrgResult, inputs: OrgInputs): string {
  const s = r.specialization;
  const t = inputs.thresholds;
  const pros = inputs.aeProspectingPct === null ? 'AE prospecting share not entered' : `AEs prospect ${formatPct(inputs.aeProspectingPct, 0)} of their time (bar ${formatPct(t.aeProspectingPct, 0)})`;
  const meet = s.meetingsPerAe === null ? (inputs.meetingsNeededPerMonth === null ? 'meetings needed not entered' : 'no AEs yet to share the meetings') : `${formatNumber(s.meetingsPerAe, 1)} meetings per AE a month (bar ${formatNumber(t.meetingsPerAePerMonth, 0)})`;
  const head = s.judgement === 'unknown' ? "Can't tell yet, because " : '';
  const sdrs = s.judgement === 'holds' ? ` → ${r.totals.sdrs} SDRs at ${formatNumber(inputs.sdrsPerAe, 2)} per AE.` : '.';
  return `${head}${pros}; ${meet}${sdrs}`;
}
