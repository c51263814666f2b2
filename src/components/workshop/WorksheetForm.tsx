import type { ReactNode } from 'react';
import {
  addGroupRow,
  computeWorkshopResults,
  crossFieldIssues,
  fieldDisplayLabel,
  getWorksheet,
  removeAutomationRow,
  removeGroupRow,
  setFieldValue,
  setGroupValue,
  worksheetProgress,
  type ComputedField,
  type FieldValue,
  type InputField,
  type RowChange,
  type WorkshopResults,
  type WorkshopState,
  type WorksheetDefinition,
  type WorksheetId,
  type WorksheetSection,
  type WorksheetValues,
} from '../../presets/workshop';
import { $workshopResults, updateWorkshop, workshop, workshopDefaults } from '../../stores/workshop';
import { ToolShell } from '../kit/ToolShell';
import { useClientStore } from '../kit/useClientStore';
import { AutomationRoi } from './AutomationRoi';
import { ComputedFields } from './ComputedFields';
import { FieldLines } from './FieldLines';
import { GroupRows } from './GroupRows';
import { BottleneckSums, ChannelSums, MetricSums, RoadmapCostSums, TeamPlanSums } from './WorksheetSums';
import './workshop.css';

const serverResults = computeWorkshopResults(workshopDefaults);

/** Computed figures shown right after a section of a worksheet: `${worksheetId}/${sectionId}`. */
const SECTION_SUMS: Partial<Record<string, (r: WorkshopResults) => ReactNode>> = {
  'technical-scaling/bottlenecks': (r) => <BottleneckSums sums={r.sums.bottlenecks} />,
  'infrastructure-roadmap/phase-3': (r) => <RoadmapCostSums sums={r.sums.roadmapCosts} />,
  'team-scaling/team-plan': (r) => <TeamPlanSums sums={r.sums.teamPlan} />,
  'hiring/recruiting-channels': (r) => <ChannelSums sums={r.sums.recruitingChannels} />,
  'roadmap/success-metrics': (r) => <MetricSums metrics={r.sums.successMetrics} />,
};

/** Level-1 sections with the level-2 sections that follow them nested inside. */
function nestSections(def: WorksheetDefinition): Array<{ section: WorksheetSection; children: WorksheetSection[] }> {
  const out: Array<{ section: WorksheetSection; children: WorksheetSection[] }> = [];
  for (const section of def.sections) {
    const parent = out[out.length - 1];
    if (section.level === 2 && parent) parent.children.push(section);
    else out.push({ section, children: [] });
  }
  return out;
}

const withWorksheet = (id: WorksheetId, change: (v: WorksheetValues) => WorksheetValues) => (s: WorkshopState): WorkshopState => ({
  ...s,
  worksheets: { ...s.worksheets, [id]: change(s.worksheets[id]) },
});

/**
 * One Day 29 worksheet as a form: every blank of the seed is an input of its kind, repeatable blocks can
 * grow and shrink, computed blanks and sums show beside the fields, and every valid entry is saved in
 * this browser as it is typed.
 */
export default function WorksheetForm({ worksheet }: { worksheet: WorksheetId }) {
  const def = getWorksheet(worksheet);
  const state = useClientStore(workshop.$value, workshopDefaults);
  const results = useClientStore($workshopResults, serverResults);

  const values = state.worksheets[worksheet];
  const issues = crossFieldIssues(def, values);
  // Automation rule breaks (hours saved above current effort) belong next to the field too.
  if (worksheet === 'automation') {
    for (const i of results.automation.issues) {
      if (i.processIndex !== null && i.field === 'hoursSavedPerWeek') {
        issues.push({ fieldId: 'hours-saved-per-week', groupId: 'automations', index: i.processIndex, message: i.message });
      }
    }
  }
  const progress = worksheetProgress(def, values);
  const titleId = `ws-${worksheet}-title`;

  const setField = (field: InputField, v: FieldValue) => updateWorkshop(withWorksheet(worksheet, (w) => setFieldValue(w, field.id, v)));
  // Adding or removing a row: save the new rows, or hand back why it could not be done.
  const saveRows = (change: RowChange): string | null => {
    if (!change.ok) return change.message;
    updateWorkshop(withWorksheet(worksheet, () => change.values));
    return null;
  };

  const renderEntries = (section: WorksheetSection) => {
    const out: ReactNode[] = [];
    let inputs: InputField[] = [];
    let computed: ComputedField[] = [];
    const flush = () => {
      if (inputs.length > 0) {
        out.push(
          <FieldLines
            key={`f-${out.length}`}
            fields={inputs}
            idFor={(f) => `ws-${worksheet}-${f.id}`}
            nameFor={(f) => fieldDisplayLabel({ field: f, label: f.label, section })}
            valueFor={(f) => values.fields[f.id] ?? null}
            onValue={setField}
            issueFor={(f) => issues.find((i) => !i.groupId && i.fieldId === f.id)?.message ?? null}
          />,
        );
      }
      if (computed.length > 0) out.push(<ComputedFields key={`c-${out.length}`} fields={computed} section={section} results={results} />);
      inputs = [];
      computed = [];
    };
    for (const entry of section.entries) {
      if (entry.type === 'group') {
        flush();
        const group = entry;
        out.push(
          <GroupRows
            key={group.id}
            worksheetId={worksheet}
            group={group}
            section={section}
            rows={values.groups[group.id] ?? []}
            issues={issues}
            onValue={(index, fieldId, v) => updateWorkshop(withWorksheet(worksheet, (w) => setGroupValue(w, group.id, index, fieldId, v)))}
            onAdd={() => saveRows(addGroupRow(def, workshop.$value.get().worksheets[worksheet], group.id))}
            onRemove={(index) => {
              const current = workshop.$value.get();
              if (worksheet === 'automation') {
                const change = removeAutomationRow(current, index);
                if (!change.ok) return change.message;
                workshop.$value.set(change.state);
                return null;
              }
              return saveRows(removeGroupRow(def, current.worksheets[worksheet], group.id, index));
            }}
            oneTimeCosts={
              worksheet === 'automation'
                ? {
                    values: state.automation.oneTimeCostsUsd,
                    onValue: (index, v) =>
                      updateWorkshop((s) => {
                        const costs = Array.from({ length: Math.max(s.automation.oneTimeCostsUsd.length, index + 1) }, (_, i) => s.automation.oneTimeCostsUsd[i] ?? null);
                        costs[index] = v;
                        return { ...s, automation: { ...s.automation, oneTimeCostsUsd: costs } };
                      }),
                  }
                : undefined
            }
          />,
        );
      } else if (entry.type === 'input') {
        if (computed.length > 0) flush();
        inputs.push(entry);
      } else if (entry.type === 'computed') {
        if (inputs.length > 0) flush();
        computed.push(entry);
      } else {
        // A `___/10` score: typed in the assessment scorer, shown here as it stands.
        if (inputs.length > 0) flush();
        const score = state.assessments[entry.assessment].answers[entry.itemId];
        out.push(
          <dl className="ws-computed" key={entry.id}>
            <div>
              <dt>{entry.label}</dt>
              <dd>{typeof score === 'number' ? `${score}/10` : '—'}</dd>
            </div>
          </dl>,
        );
      }
    }
    flush();
    return out;
  };

  const renderSection = (section: WorksheetSection, children: WorksheetSection[]) => {
    const sums = SECTION_SUMS[`${worksheet}/${section.id}`];
    const isRoi = worksheet === 'automation' && section.id === 'roi-calculation';
    const body = isRoi ? (
      <AutomationRoi
        worksheetId={worksheet}
        section={section}
        fields={section.entries.filter((e): e is ComputedField => e.type === 'computed')}
        state={state}
        results={results}
        onHourlyCost={(v) => updateWorkshop((s) => ({ ...s, automation: { ...s.automation, loadedHourlyCostUsd: v } }))}
      />
    ) : (
      renderEntries(section)
    );
    const inner = (
      <>
        {body}
        {children.map((c) => (
          <fieldset className="ws-section ws-subsection" key={c.id}>
            <legend>{c.heading}</legend>
            {renderEntries(c)}
          </fieldset>
        ))}
      </>
    );
    return (
      <div className="ws-section-wrap" key={section.id}>
        {section.heading === null ? (
          <div className="ws-section">{inner}</div>
        ) : (
          <fieldset className="ws-section">
            <legend>{section.heading}</legend>
            {inner}
          </fieldset>
        )}
        {sums?.(results)}
      </div>
    );
  };

  return (
    <ToolShell label={def.heading} className="ws-form" dataset={{ worksheet }} toolbar={false}>
      <div className="ws-head">
        <p className="ws-title" id={titleId}>
          {def.title}
        </p>
        {progress.total > 0 && (
          <p className="ws-progress" data-print-hide>
            {progress.answered} of {progress.total} answered
          </p>
        )}
      </div>
      {nestSections(def).map(({ section, children }) => renderSection(section, children))}
    </ToolShell>
  );
}
