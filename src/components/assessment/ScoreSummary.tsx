import type { AssessmentDefinition, AssessmentResult, ScoredItem } from '../../lib/workshop/assessment/index';
import type { HandbookLink } from '../../lib/workshop/links';
import { ResultList, type ResultItem } from '../kit/ResultList';
import { formatAnswered, formatOverall, formatScore } from './format';

/** Props of the results part of a scorer. */
export interface ScoreSummaryProps {
  def: AssessmentDefinition;
  result: AssessmentResult;
  /** The page to link for a ranked item (the item's own, or its category's). */
  linkFor: (item: ScoredItem) => HandbookLink;
  /** Accessible name of the results list. */
  label: string;
}

const toneOf = (bandId: string | undefined): ResultItem['tone'] =>
  bandId === 'critical' || bandId === 'not-ready' ? 'bad' : bandId === 'developing' || bandId === 'building' ? 'warn' : bandId ? 'ok' : undefined;

/** Overall score with its band and next step, category scores, and the critical gaps and scaling strengths. */
export function ScoreSummary({ def, result, linkFor, label }: ScoreSummaryProps) {
  const { overall } = result;
  const missing = def.categories.filter((c) => overall.unansweredCategoryIds.includes(c.id)).map((c) => c.label);
  const answered = formatAnswered(result.answeredItems, result.totalItems);

  let overallDetail: string;
  if (overall.pending === 'no-answers') overallDetail = 'Score at least one item to see it.';
  else if (overall.pending === 'categories-unanswered') overallDetail = `Needs at least one score in ${listText(missing)}.`;
  else if (!result.complete) overallDetail = `${answered}; unanswered items are left out, not counted as 0.`;
  else overallDetail = `All ${result.totalItems} items answered.`;

  const items: ResultItem[] = [
    {
      label: titleCase(def.overallLabel),
      value: formatOverall(overall.score, overall.max),
      detail: overallDetail,
      tone: toneOf(overall.band?.id),
    },
    {
      label: 'Answered',
      value: `${result.answeredItems} of ${result.totalItems}`,
      detail: `${result.answeredCategories} of ${result.totalCategories} categories have a score`,
    },
    ...result.categories.map((c) => ({
      label: c.label,
      value: formatScore(c.score, def.itemMax),
      detail: c.score === null ? 'No item answered yet' : `${formatAnswered(c.answeredItems, c.totalItems)} · ${c.band?.label ?? ''}`,
      tone: toneOf(c.band?.id),
    })),
  ];

  return (
    <div className="as-summary">
      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {overall.score === null ? `Overall not yet available, ${answered}.` : `Overall ${formatScore(overall.score, overall.max)}, ${answered}.`}
      </div>
      <ResultList items={items} label={label} />

      {overall.band ? (
        <div className="as-band" data-band={overall.band.id}>
          <p className="as-band-label">
            <strong>{overall.band.label}</strong>{' '}
            <span className="kit-hint">
              ({overall.band.fromPct}–{overall.band.toPct}% of the maximum)
            </span>
          </p>
          <p>
            {overall.band.next} <a href={overall.band.link.href}>{overall.band.link.label}</a>
          </p>
        </div>
      ) : (
        <p className="as-band as-band-pending">The band and next step appear with the overall score.</p>
      )}

      <div className="as-ranked">
        <section aria-labelledby={`${def.id}-gaps`}>
          <h3 id={`${def.id}-gaps`}>Critical gaps</h3>
          {result.gaps.length === 0 ? (
            <p className="kit-hint">The three lowest-scored items appear here as you score.</p>
          ) : (
            <ol className="as-ranked-list">
              {result.gaps.map((g) => {
                const link = linkFor(g);
                return (
                  <li key={g.itemId}>
                    <span className="as-ranked-head">
                      <strong>{g.label}</strong> <span className="as-ranked-cat">{g.categoryLabel}</span>
                      <span className="as-ranked-score" data-band={g.band.id}>
                        {formatScore(g.score, def.itemMax)} · {g.band.label}
                      </span>
                    </span>
                    <span className="as-ranked-next">
                      {g.band.next} <a href={link.href}>{link.label}</a>
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
        <section aria-labelledby={`${def.id}-strengths`}>
          <h3 id={`${def.id}-strengths`}>Scaling strengths</h3>
          {result.strengths.length === 0 ? (
            <p className="kit-hint">The three highest-scored items appear here once you have scored at least two.</p>
          ) : (
            <ol className="as-ranked-list">
              {result.strengths.map((s) => (
                <li key={s.itemId}>
                  <span className="as-ranked-head">
                    <strong>{s.label}</strong> <span className="as-ranked-cat">{s.categoryLabel}</span>
                    <span className="as-ranked-score" data-band={s.band.id}>
                      {formatScore(s.score, def.itemMax)} · {s.band.label}
                    </span>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  );
}

function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function titleCase(upper: string): string {
  return upper.charAt(0) + upper.slice(1).toLowerCase();
}
