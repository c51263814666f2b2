import { useEffect, useId, useRef, useState } from 'react';
import { PLAN_MONTHS } from '../../lib/scale-model';
import type { PresetValueSource } from '../../presets/scale-model';
import { newScaleRole } from '../../presets/scale-model/new-role';
import { addRole, removeRole, type Draft, type DraftCheck, type DraftRole } from '../../lib/scale-model/draft';
import { FLAG_COLUMNS, HiresRow, NUMBER_COLUMNS, RoleRow } from './RoleRows';

/** Props of the roles editor. */
export interface RolesEditorProps {
  draft: Draft;
  check: DraftCheck;
  update: (change: (draft: Draft) => Draft) => void;
  basisOf: (path: string) => PresetValueSource | null;
}

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
  const rowProps = (role: DraftRole, index: number) => ({ role, index, name: roleName(role, index), errors, update, basisOf });

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
              <th scope="col">Ramp curve</th>
              <th scope="col">Output unit</th>
              {FLAG_COLUMNS.map((c) => (
                <th key={c.field} scope="col">
                  {c.header}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.roles.map((role, i) => (
              <RoleRow
                key={role.id}
                {...rowProps(role, i)}
                nameRef={(el) => {
                  nameRefs.current[i] = el;
                }}
                onRemove={() => remove(i, role)}
              />
            ))}
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
            {draft.roles.map((role, i) => (
              <HiresRow key={role.id} {...rowProps(role, i)} />
            ))}
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
