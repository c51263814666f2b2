/**
 * The two assessment blocks (pre-exercise readiness and closing strategy assessment) as worksheets,
 * built from the assessment definitions so item labels and ids exist once.
 */
import { READINESS_ASSESSMENT, STRATEGY_ASSESSMENT, type AssessmentDefinition } from '../../../lib/workshop/assessment/definitions';
import { LINKS } from '../../../lib/workshop/links';
import { computed, score, section } from '../../../lib/workshop/worksheets/build';
import type { Rank, WorksheetDefinition, WorksheetSection } from '../../../lib/workshop/worksheets/types';

const RANKS: Rank[] = [1, 2, 3];

function categorySections(def: AssessmentDefinition): WorksheetSection[] {
  return def.categories.map((c) => section(c.id, c.label, c.items.map((i) => score(def.id, i.id, i.label))));
}

function overallSection(def: AssessmentDefinition): WorksheetSection {
  return section('overall', null, [
    computed('overall', def.overallLabel, { kind: 'assessment-overall', assessment: def.id }, { suffix: `/${def.overallMax}` }),
  ]);
}

function rankedSection(def: AssessmentDefinition, id: 'gaps' | 'strengths', heading: string): WorksheetSection {
  const kind = id === 'gaps' ? 'assessment-gap' : 'assessment-strength';
  const prefix = id === 'gaps' ? 'gap' : 'strength';
  return section(
    id,
    heading,
    RANKS.map((rank) => computed(`${prefix}-${rank}`, String(rank), { kind, assessment: def.id, rank })),
  );
}

/** Pre-Exercise Setup: "Scaling Readiness Evaluation" (the seed lists critical gaps only, no strengths). */
export const readinessWorksheet: WorksheetDefinition = {
  id: 'readiness',
  title: READINESS_ASSESSMENT.title,
  heading: 'Scaling Readiness Evaluation',
  exercise: 'pre-exercise',
  segmentId: 'pre-exercise-setup',
  path: LINKS.workshopPreExercise.href,
  sections: [
    ...categorySections(READINESS_ASSESSMENT),
    overallSection(READINESS_ASSESSMENT),
    rankedSection(READINESS_ASSESSMENT, 'gaps', 'Critical Gaps to Address'),
  ],
};

/** Assessment & Scaling Planning: "Scaling Strategy Evaluation". */
export const strategyAssessmentWorksheet: WorksheetDefinition = {
  id: 'strategy-assessment',
  title: STRATEGY_ASSESSMENT.title,
  heading: 'Scaling Strategy Evaluation',
  exercise: 'assessment',
  segmentId: 'strategy-evaluation',
  path: LINKS.workshopAssessment.href,
  sections: [
    ...categorySections(STRATEGY_ASSESSMENT),
    overallSection(STRATEGY_ASSESSMENT),
    rankedSection(STRATEGY_ASSESSMENT, 'strengths', 'Scaling Strengths'),
    rankedSection(STRATEGY_ASSESSMENT, 'gaps', 'Critical Gaps'),
  ],
};
