/**
 * The Stage 4 exit criteria against what the tools show: a criterion ticked on the checklist, or whose
 * deliverable a decision tool has recorded, is met unless a check it rests on contradicts it; otherwise
 * it is not yet met, with what the tools say about it.
 */
import type { CheckStatus } from './types';

/** A criterion of the checklist, as the guide lists it. */
export interface ExitCriterion {
  id: string;
  label: string;
}

/** How a criterion stands. */
export type ExitStatus = 'met' | 'not-yet' | 'contradicted';

/** One reason behind a criterion's status. */
export type ExitReason =
  | { kind: 'ticked' }
  | { kind: 'recorded'; summary: string; decidedOn: string; toolPath: string }
  | { kind: 'not-ticked' }
  | { kind: 'checklist-not-saved' }
  | { kind: 'contradicted-by'; checkId: string }
  | { kind: 'attention-from'; checkId: string }
  | { kind: 'supported-by'; checkId: string }
  | { kind: 'unchecked'; checkId: string; missing: string[] };

/** One row of the summary. */
export interface ExitRow extends ExitCriterion {
  status: ExitStatus;
  reasons: ExitReason[];
}

/** Checks (by id) each criterion rests on; criteria with none are judged by their tick alone. */
export const EXIT_CRITERION_EVIDENCE: Readonly<Record<string, readonly string[]>> = {
  'channel-tiers-defined': ['channel-allocation'],
  'organizational-design-documented': ['org-headcount', 'personnel-share'],
  'infrastructure-in-place': ['infrastructure-share', 'capacity-growth'],
};

/** A deliverable a decision tool has recorded (the ICP decision, the channel map, the org design). */
export interface RecordedDeliverable {
  summary: string;
  /** ISO date it was recorded. */
  decidedOn: string;
  /** The tool's page. */
  toolPath: string;
}

/** The outcome of a check as the summary needs it. */
export interface CheckState {
  status: CheckStatus;
  missing?: string[];
}

/** Judge each criterion from its tick and the checks it rests on. */
export function exitCriteriaSummary(
  criteria: readonly ExitCriterion[],
  ticked: readonly string[] | null,
  checks: Readonly<Record<string, CheckState>>,
  evidence: Readonly<Record<string, readonly string[]>> = EXIT_CRITERION_EVIDENCE,
  recorded: Readonly<Record<string, RecordedDeliverable>> = {},
): ExitRow[] {
  const tickedSet = new Set(ticked ?? []);
  return criteria.map((c) => {
    const reasons: ExitReason[] = [];
    const deliverable = recorded[c.id];
    const isMet = tickedSet.has(c.id) || deliverable !== undefined;
    if (deliverable) reasons.push({ kind: 'recorded', ...deliverable });
    if (!deliverable || tickedSet.has(c.id)) reasons.push(ticked === null ? { kind: 'checklist-not-saved' } : tickedSet.has(c.id) ? { kind: 'ticked' } : { kind: 'not-ticked' });
    let contradicted = false;
    for (const checkId of evidence[c.id] ?? []) {
      const check = checks[checkId];
      if (!check) continue;
      if (check.status === 'contradiction') {
        contradicted = true;
        reasons.push({ kind: 'contradicted-by', checkId });
      } else if (check.status === 'attention') reasons.push({ kind: 'attention-from', checkId });
      else if (check.status === 'consistent') reasons.push({ kind: 'supported-by', checkId });
      else reasons.push({ kind: 'unchecked', checkId, missing: check.missing ?? [] });
    }
    const status: ExitStatus = isMet ? (contradicted ? 'contradicted' : 'met') : 'not-yet';
    return { ...c, status, reasons };
  });
}
