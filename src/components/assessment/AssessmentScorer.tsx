import { useCallback, useMemo } from 'react';
import { ToolShell } from '../kit/ToolShell';
import { useClientStore } from '../kit/useClientStore';
import { useValidity } from '../kit/useValidity';
import { ASSESSMENTS, scoreAssessment, sortSnapshots, type ScoredItem } from '../../lib/workshop/assessment/index';
import type { AssessmentId } from '../../lib/workshop/worksheets/types';
import { $assessmentState, assessmentDefaults, assessmentTool, setAnswer } from '../../stores/assessments';
import { CategoryRadar } from './CategoryRadar';
import { ScoreField } from './ScoreField';
import { ScoreSummary } from './ScoreSummary';
import { SnapshotPanel } from './SnapshotPanel';
import { formatAnswered, formatOverall, formatScore } from './format';
import './assessment.css';

/** Props of the live assessment scorer. */
export interface AssessmentScorerProps {
  assessment: AssessmentId;
}

const NAMES: Record<AssessmentId, string> = {
  readiness: 'Scaling readiness assessment',
  strategy: 'Scaling strategy assessment',
};

/**
 * Live scorer of the Day 29 readiness (out of 50) or strategy (out of 100) assessment: every item
 * scored 0–10 or left unanswered, category and overall scores, critical gaps and strengths with what
 * to do next, a radar of the categories, and dated snapshots to compare. Answers live in the workshop
 * store, so the workshop page and the tool page show the same ones.
 */
export default function AssessmentScorer({ assessment }: AssessmentScorerProps) {
  const def = ASSESSMENTS[assessment];
  const state = useClientStore($assessmentState[assessment], assessmentDefaults(assessment));
  const result = useMemo(() => scoreAssessment(def, state.answers), [def, state.answers]);
  const [invalidCount, validity] = useValidity();
  const tool = useMemo(() => assessmentTool(assessment), [assessment]);
  const linkFor = useCallback((item: ScoredItem) => item.link, []);
  const latest = useMemo(() => sortSnapshots(state.snapshots).at(-1) ?? null, [state.snapshots]);
  const name = NAMES[assessment];

  return (
    <ToolShell label={name} tool={tool} invalidCount={invalidCount}>
      <p className="kit-hint as-intro">
        Score each item from 0 (missing) to 10 (excellent). Leave a box empty if you cannot score it yet: it shows as not answered and is left out of the
        scores, never counted as 0. Reset clears this assessment's scores only; saved snapshots stay. The up and down arrow keys change a
        score by one.
      </p>
      <p className="as-live-total" data-print-hide>
        Overall: <strong>{formatOverall(result.overall.score, result.overall.max)}</strong>
        <span className="as-category-count"> · {formatAnswered(result.answeredItems, result.totalItems)}</span>
      </p>
      {def.categories.map((category) => {
        const score = result.categories.find((c) => c.categoryId === category.id);
        return (
          <fieldset key={category.id} className="kit-fieldset as-category">
            <legend>
              {category.label}
              <span className="as-category-score">
                {' '}
                {score && score.score !== null ? formatScore(score.score, def.itemMax) : 'not answered yet'}
                <span className="as-category-count"> · {formatAnswered(score?.answeredItems ?? 0, category.items.length)}</span>
              </span>
            </legend>
            <div className="as-items">
              {category.items.map((item) => (
                <ScoreField
                  key={item.id}
                  label={item.label}
                  value={state.answers[item.id] ?? null}
                  max={def.itemMax}
                  onValue={(v) => setAnswer(assessment, item.id, v)}
                  onValidity={validity(item.id)}
                />
              ))}
            </div>
            <p className="kit-hint as-category-link">
              Helps with this category: <a href={category.link.href}>{category.link.label}</a>
            </p>
          </fieldset>
        );
      })}
      <ScoreSummary def={def} result={result} linkFor={linkFor} label={`${name} results`} />
      <CategoryRadar def={def} result={result} latest={latest} />
      <SnapshotPanel assessment={assessment} def={def} snapshots={state.snapshots} hasAnswers={result.answeredItems > 0} />
    </ToolShell>
  );
}
