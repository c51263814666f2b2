import { FigureList } from './FigureList';
import { CarriedNote } from './CarriedNote';
import type { SectionRow } from '../../lib/scale-plan';
import type { CarriedLine } from '../../stores/scale-plan-live';

/** One tool's part of the plan: its figures, or a line saying nothing is saved with a link to the tool. */
export function SectionView({ section, shared, carried }: { section: SectionRow; shared: boolean; carried: readonly CarriedLine[] }) {
  const headingId = `spl-section-${section.id}`;
  return (
    <section className="spl-section" aria-labelledby={headingId} data-section={section.id}>
      <h3 id={headingId}>{section.title}</h3>
      {section.summary ? (
        <>
          <FigureList label={section.title} figures={section.summary.figures} />
          {(section.summary.lists ?? []).map((l) => (
            <div key={l.label} className="spl-list">
              <p>{l.label}:</p>
              <ol>
                {l.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ol>
            </div>
          ))}
          <p className="kit-hint">
            From the <a href={section.toolPath}>{section.toolName}</a>.
          </p>
          {section.id === 'hiring-plan' && !shared && <CarriedNote carried={carried} />}
        </>
      ) : (
        <p className="spl-empty">
          {shared ? 'Not part of this shared plan.' : 'Nothing saved in this browser yet.'} <a href={section.toolPath}>Open the {section.toolName.toLowerCase()}</a> to fill it in.
        </p>
      )}
    </section>
  );
}
