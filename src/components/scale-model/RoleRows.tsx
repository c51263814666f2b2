import { type Ref } from 'react';
import { ROLE_NUMBER_FIELDS, type RoleNumberField } from '../../lib/scale-model';
import { draftHiresTotal, rolePath, updateHires, updateRole, type Draft, type DraftRole } from '../../lib/scale-model/draft';
import { roleSourcePath } from '../../lib/scale-model/provenance';
import type { PresetValueSource } from '../../presets/scale-model';
import { formatNumber } from '../../lib/format';
import { BasisTag, CellInput } from './fields';

/** What a row of the roles editor needs: the role, where it is, its messages and the ways to change it. */
export interface RoleRowProps {
  role: DraftRole;
  index: number;
  /** The name shown and read out with every cell ("Role 3" while it has none). */
  name: string;
  errors: Record<string, string>;
  update: (change: (draft: Draft) => Draft) => void;
  basisOf: (path: string) => PresetValueSource | null;
}

// Words of each number column: header, unit under it, the label read out with the role's name, and the input's width.
const COLUMN_WORDS: Record<RoleNumberField, { header: string; unit: string; label: string; wide?: boolean }> = {
  startingHeadcount: { header: 'Starting headcount', unit: 'FTE', label: 'starting headcount (FTE, fully ramped)' },
  rampMonths: { header: 'Ramp time', unit: 'months', label: 'ramp time (months)' },
  fullOutputPerMonth: { header: 'Full output', unit: 'per month', label: 'fully ramped output per month', wide: true },
  attainmentPct: { header: 'Attainment', unit: '%', label: 'attainment (%)' },
  annualAttritionPct: { header: 'Attrition', unit: '% a year', label: 'annual attrition (%)' },
  loadedMonthlyCostUsd: { header: 'Loaded cost', unit: '$ per month', label: 'loaded monthly cost per FTE ($)', wide: true },
  recruitingLeadMonths: { header: 'Recruiting lead', unit: 'months', label: 'recruiting lead time (months)' },
};

/** The number columns of the assumptions table, in the rules' field order. */
export const NUMBER_COLUMNS = ROLE_NUMBER_FIELDS.map((field) => ({ field, ...COLUMN_WORDS[field] }));

/** The yes/no columns of the assumptions table, with the words read out after the role's name. */
export const FLAG_COLUMNS: readonly { field: 'countsTowardTarget' | 'outputIsNetNewArr'; header: string; label: string }[] = [
  { field: 'countsTowardTarget', header: 'Counts toward target', label: 'output counts toward the target' },
  { field: 'outputIsNetNewArr', header: 'Output is new ARR', label: 'output is net new ARR' },
];

/** One role in the assumptions table: its name, number fields, ramp curve, output unit, flags and a remove button. */
export function RoleRow({ role, index: i, name, errors, update, basisOf, nameRef, onRemove }: RoleRowProps & { nameRef: Ref<HTMLInputElement>; onRemove: () => void }) {
  const nameError = errors[rolePath(i, 'name')];
  const source = (field: string) => basisOf(roleSourcePath(role.id, field));
  const change = (patch: Partial<DraftRole>) => update((d) => updateRole(d, i, patch));
  return (
    <tr>
      <th scope="row">
        <input
          ref={nameRef}
          className="sm-cell-input sm-name-input"
          type="text"
          aria-label={`Name of role ${i + 1}`}
          value={role.name}
          maxLength={120}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${role.id}-name-msg` : undefined}
          onChange={(e) => change({ name: e.target.value })}
        />
        {nameError && (
          <span id={`${role.id}-name-msg`} className="kit-message sm-message" role="alert">
            {nameError}
          </span>
        )}
      </th>
      {NUMBER_COLUMNS.map((c) => (
        <td key={c.field}>
          <CellInput
            label={`${name} ${c.label}`}
            value={role[c.field]}
            className={c.wide ? 'sm-wide' : undefined}
            message={errors[rolePath(i, c.field)]}
            source={source(c.field)}
            onText={(text) => change({ [c.field]: text })}
          />
        </td>
      ))}
      <td>
        <select
          className="sm-cell-input sm-select"
          data-basis={source('rampCurve')?.basis}
          aria-label={`${name} ramp curve`}
          value={role.rampCurve}
          onChange={(e) => change({ rampCurve: e.target.value === 'step' ? 'step' : 'linear' })}
        >
          <option value="linear">Linear</option>
          <option value="step">Step</option>
        </select>
        <BasisTag source={source('rampCurve')} />
      </td>
      <td>
        <input
          className="sm-cell-input sm-unit-input"
          data-basis={source('outputUnit')?.basis}
          type="text"
          aria-label={`${name} output unit`}
          value={role.outputUnit}
          maxLength={60}
          onChange={(e) => change({ outputUnit: e.target.value })}
        />
        <BasisTag source={source('outputUnit')} />
      </td>
      {FLAG_COLUMNS.map((c) => (
        <td key={c.field} className="sm-check">
          <input type="checkbox" aria-label={`${name} ${c.label}`} checked={role[c.field]} onChange={(e) => change({ [c.field]: e.target.checked })} />
        </td>
      ))}
      <td>
        <button type="button" className="kit-button kit-button-quiet" aria-label={`Remove ${name}`} onClick={onRemove} data-print-hide>
          Remove
        </button>
      </td>
    </tr>
  );
}

/** One role in the hiring grid: a cell per plan month and the 12-month total. */
export function HiresRow({ role, index: i, name, errors, update, basisOf }: RoleRowProps) {
  return (
    <tr>
      <th scope="row">
        <span className="sm-role-name">{name}</span>
        <BasisTag source={basisOf(roleSourcePath(role.id, 'hiresPerMonth'))} />
      </th>
      {role.hiresPerMonth.map((hires, m) => (
        <td key={m}>
          <CellInput
            label={`${name} hires in month ${m + 1}`}
            value={hires}
            className="sm-hire-input"
            message={errors[`${rolePath(i, 'hiresPerMonth')}.${m}`]}
            onText={(text) => update((d) => updateHires(d, i, m, text))}
          />
        </td>
      ))}
      <td className="sm-total">{formatNumber(draftHiresTotal(role), 2)}</td>
    </tr>
  );
}
