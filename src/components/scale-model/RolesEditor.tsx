import { useEffect, useId, useRef, useState } from 'react';
import { PLAN_MONTHS, type RawNumberInput, type RoleNumberField } from '../../lib/scale-model';
import { newScaleRole, type PresetValueSource } from '../../presets/scale-model';
import { formatNumber } from '../../lib/format';
import { addRole, draftHiresTotal, removeRole, rolePath, updateHires, updateRole, type Draft, type DraftCheck, type DraftRole } from '../../lib/scale-model/draft';
import { BasisTag, CellInput } from './fields';
import { roleSourcePath } from '../../lib/scale-model/provenance';

/** Props of the roles editor. */
export interface RolesEditorProps {
  draft: Draft;
  check: DraftCheck;
  update: (change: (draft: Draft) => Draft) => void;
  basisOf: (path: string) => PresetValueSource | null;
}

/** Columns of the assumptions table: field, header, the label read out with the role's name, and the input's width. */
const NUMBER_COLUMNS: readonly { field: RoleNumberField; header: string; unit: string; label: string; wide?: boolean }[] = [
  { field: 'startingHeadcount', header: 'Starting headcount', unit: 'FTE', label: 'starting headcount (FTE, fully ramped)' },
  { field: 'rampMonths', header: 'Ramp time', unit: 'months', label: 'ramp time (months)' },
  { field: 'fullOutputPerMonth', header: 'Full output', unit: 'per month', label: 'fully ramped output per month', wide: true },
  { field: 'attainmentPct', header: 'Attainment', unit: '%', label: 'attainment (%)' },
  { field: 'annualAttritionPct', header: 'Attrition', unit: '% a year', label: 'annual attrition (%)' },
  { field: 'loadedMonthlyCostUsd', header: 'Loaded cost', unit: '$ per month', label: 'loaded monthly cost per FTE ($)', wide: true },
  { field: 'recruitingLeadMonths', header: 'Recruiting lead', unit: 'months', label: 'recruiting lead time (months)' },
];

const roleName = (role: DraftRole, index: number) => (role.name.trim() === '' ? `Role ${index + 1}` : role.name.trim());

/** The plan's roles: an assumptions table and a 12-month hiring grid, both scrolling sideways with the role column fixed. */
export function RolesEditor({ draft, check, update, basisOf }: RolesEditorProps) {
  const errors = check.fieldErrors;
  const rolesHeading = useId();
  const hiresHeading = useId();
  const nameRefs = useRef<Array<HTMLInputElement | null>>([]);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    nameRefs.current[focusIndex]?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  const remove = (index: number, role: DraftRole) => {
    if (window.confirm(`Remove the role "${roleName(role, index)}" and its hires from the plan?`)) update((d) => removeRole(d, index));
  };
  const add = () => {
    update((d) => addRole(d, newScaleRole));
    setFocusIndex(draft.roles.length);
  };
  const source = (role: DraftRole, field: string) => basisOf(roleSourcePath(role.id, field));

  return (
    <div className="sm-roles">
      <h3 id={rolesHeading} className="sm-subheading">
        Roles and their assumptions
      </h3>
      {/* Both grids are wider than the page column on every screen: say that more columns are there. */}
      <p className="kit-hint sm-scroll-hint">
        Scroll the table sideways for more columns: loaded cost, recruiting lead time, ramp curve, output unit.
      </p>
      <div className="kit-table-scroll sm-scroll" tabIndex={0} role="region" aria-labelledby={rolesHeading}>
        <table className="sm-grid sm-role-table">
          <thead>
            <tr>
              <th scope="col">Role</th>
              {NUMBER_COLUMNS.map((c) => (
                <th key={c.field} scope="col">
                  {c.header}
                  <span className="sm-unit">{c.unit}</span>
                </th>
              ))}
              <th scope="col">
                Ramp curve
              </th>
              <th scope="col">
                Output unit
              </th>
              <th scope="col">
                Counts toward target
              </th>
              <th scope="col">
                Output is new ARR
              </th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.roles.map((role, i) => {
              const name = roleName(role, i);
              const nameError = errors[rolePath(i, 'name')];
              return (
                <tr key={role.id}>
                  <th scope="row">
                    <input
                      ref={(el) => {
                        nameRefs.current[i] = el;
                      }}
                      className="sm-cell-input sm-name-input"
                      type="text"
                      aria-label={`Name of role ${i + 1}`}
                      value={role.name}
                      maxLength={120}
                      aria-invalid={nameError ? true : undefined}
                      aria-describedby={nameError ? `${role.id}-name-msg` : undefined}
                      onChange={(e) => update((d) => updateRole(d, i, { name: e.target.value }))}
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
                        source={source(role, c.field)}
                        onText={(text) => update((d) => updateRole(d, i, { [c.field]: text }))}
                      />
                    </td>
                  ))}
                  <td>
                    <select
                      className="sm-cell-input sm-select"
                      data-basis={source(role, 'rampCurve')?.basis}
                      aria-label={`${name} ramp curve`}
                      value={role.rampCurve}
                      onChange={(e) => update((d) => updateRole(d, i, { rampCurve: e.target.value === 'step' ? 'step' : 'linear' }))}
                      >
                      <option value="linear">Linear</option>
                      <option value="step">Step</option>
                      </select>
                    <BasisTag source={source(role, 'rampCurve')} />
                  </td>
                  <td>
                    <input
                      className="sm-cell-input sm-unit-input"
                      data-basis={source(role, 'outputUnit')?.basis}
                      type="text"
                      aria-label={`${name} output unit`}
                      value={role.outputUnit}
                      maxLength={60}
                      onChange={(e) => update((d) => updateRole(d, i, { outputUnit: e.target.value }))}
                      />
                    <BasisTag source={source(role, 'outputUnit')} />
                  </td>
                  <td className="sm-check">
                    <input
                      type="checkbox"
                      aria-label={`${name} output counts toward the target`}
                      checked={role.countsTowardTarget}
                      onChange={(e) => update((d) => updateRole(d, i, { countsTowardTarget: e.target.checked }))}
                    />
                  </td>
                  <td className="sm-check">
                    <input
                      type="checkbox"
                      aria-label={`${name} output is net new ARR`}
                      checked={role.outputIsNetNewArr}
                      onChange={(e) => update((d) => updateRole(d, i, { outputIsNetNewArr: e.target.checked }))}
                    />
                  </td>
                  <td>
                    <button type="button" className="kit-button kit-button-quiet" aria-label={`Remove ${name}`} onClick={() => remove(i, role)} data-print-hide>
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {errors.roles && (
        <p className="kit-message" role="alert">
          {errors.roles}
        </p>
      )}
      <div className="kit-actions" data-print-hide>
        <button type="button" className="kit-button" onClick={add}>
          Add a role
        </button>
      </div>

      <h3 id={hiresHeading} className="sm-subheading">
        Hires per month <span className="sm-unit">FTE, fractions allowed</span>
      </h3>
      <p className="kit-hint sm-scroll-hint">Scroll the table sideways for months 1 to 12 and the total.</p>
      <div className="kit-table-scroll sm-scroll" tabIndex={0} role="region" aria-labelledby={hiresHeading}>
        <table className="sm-grid sm-hires-table">
          <thead>
            <tr>
              <th scope="col">Role</th>
              {Array.from({ length: PLAN_MONTHS }, (_, m) => (
                <th key={m} scope="col">
                  <abbr title={`Month ${m + 1}`}>M{m + 1}</abbr>
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {draft.roles.map((role, i) => {
              const name = roleName(role, i);
              const total = draftHiresTotal(role);
              return (
                <tr key={role.id}>
                  <th scope="row">
                    <span className="sm-role-name">{name}</span>
                    <BasisTag source={source(role, 'hiresPerMonth')} />
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
                  <td className="sm-total">{formatNumber(total, 2)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="kit-hint">
        Starting headcount is on board before month 1 and fully ramped. A hire in month <i>h</i> produces from that month on, growing to
        full output over the ramp time.
      </p>
    </div>
  );
}
