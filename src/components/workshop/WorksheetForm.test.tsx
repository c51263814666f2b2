// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WORKSHEETS, blankCoverage, worksheetGroups, type WorksheetDefinition } from '../../presets/workshop';
import { workshop } from '../../stores/workshop';
import WorksheetForm from './WorksheetForm';

beforeEach(() => {
  localStorage.clear();
  workshop.reset();
});

/** The form controls a worksheet renders for seed blanks (calculation inputs such as the hourly cost are marked extra). */
const blankControls = (root: HTMLElement) => [...root.querySelectorAll('input, textarea, select')].filter((el) => !el.hasAttribute('data-extra'));
const extraControls = (root: HTMLElement) => [...root.querySelectorAll('[data-extra]')];
const expected = (def: WorksheetDefinition, counts: Record<string, number> = {}) => {
  const c = blankCoverage(def, counts);
  return c.inputs + c.optionInputs;
};

describe('every blank is an input', () => {
  it.each(WORKSHEETS.map((w) => [w.id, w] as const))('%s renders one control per input blank', (_id, def) => {
    const { container } = render(<WorksheetForm worksheet={def.id} />);
    expect(blankControls(container)).toHaveLength(expected(def));
    // Every control has an accessible name: a label element pointing at it.
    for (const el of blankControls(container)) {
      const label = container.querySelector(`label[for="${el.id}"]`);
      expect(label?.textContent?.trim(), el.id).toBeTruthy();
    }
    // Ids are unique, so labels never point at the wrong box.
    const ids = blankControls(container).map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(WORKSHEETS.filter((w) => worksheetGroups(w).length > 0).map((w) => [w.id, w] as const))(
    '%s keeps the count right as groups grow and shrink',
    async (_id, def) => {
      const user = userEvent.setup();
      const { container } = render(<WorksheetForm worksheet={def.id} />);
      const group = worksheetGroups(def)[0]!;
      await user.click(screen.getByRole('button', { name: `Add ${group.instanceLabel.replace('{n}', '4')}` }));
      expect(blankControls(container)).toHaveLength(expected(def, { [group.id]: 4 }));
      await user.click(screen.getByRole('button', { name: `Remove ${group.instanceLabel.replace('{n}', '1')}` }));
      await user.click(screen.getByRole('button', { name: `Remove ${group.instanceLabel.replace('{n}', '1')}` }));
      expect(blankControls(container)).toHaveLength(expected(def, { [group.id]: 2 }));
    },
  );

  it('adds only the hourly cost and one one-time cost per automation as calculation inputs', async () => {
    const user = userEvent.setup();
    const { container } = render(<WorksheetForm worksheet="automation" />);
    expect(extraControls(container)).toHaveLength(1 + 3);
    await user.click(screen.getByRole('button', { name: 'Add High Impact Automation 4' }));
    expect(extraControls(container)).toHaveLength(1 + 4);
  });

  it('shows the computed ROI blanks as read-only values, never as inputs', () => {
    render(<WorksheetForm worksheet="automation" />);
    for (const label of ['Total time saved', 'Cost of automation', 'Human cost savings', 'ROI', 'Payback period']) {
      const term = screen.getAllByRole('term').find((t) => t.textContent === label);
      expect(term, label).toBeTruthy();
    }
  });
});

describe('repeatable groups', () => {
  it('moves focus to the new row, and to the row that takes a removed one’s place', async () => {
    const user = userEvent.setup();
    render(<WorksheetForm worksheet="technical-scaling" />);
    await user.click(screen.getByRole('button', { name: 'Add Bottleneck 4' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Bottleneck 4 name'));
    expect(screen.getByText('Bottleneck 4 added.')).toBeTruthy();

    await user.type(screen.getByLabelText('Bottleneck 3 name'), 'Search index');
    await user.click(screen.getByRole('button', { name: 'Remove Bottleneck 2' }));
    // The old Bottleneck 3 is now number 2, and has the focus.
    expect(document.activeElement).toBe(screen.getByLabelText('Bottleneck 2 name'));
    expect((screen.getByLabelText('Bottleneck 2 name') as HTMLTextAreaElement).value).toBe('Search index');
    expect(workshop.$value.get().worksheets['technical-scaling'].groups['bottlenecks']).toHaveLength(3);
  });

  it('cannot remove the last row', async () => {
    const user = userEvent.setup();
    render(<WorksheetForm worksheet="hiring" />);
    await user.click(screen.getByRole('button', { name: 'Remove Position 3' }));
    await user.click(screen.getByRole('button', { name: 'Remove Position 2' }));
    expect((screen.getByRole('button', { name: 'Remove Position 1' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('keeps one-time costs with their automation when one is removed', async () => {
    const user = userEvent.setup();
    render(<WorksheetForm worksheet="automation" />);
    const row = (n: number) => within(screen.getByRole('group', { name: `High Impact Automation ${n}` }));
    await user.type(row(2).getByLabelText('One-time cost (optional)'), '500');
    await user.type(row(3).getByLabelText('One-time cost (optional)'), '900');
    await user.click(screen.getByRole('button', { name: 'Remove High Impact Automation 1' }));
    expect(workshop.$value.get().automation.oneTimeCostsUsd).toEqual([500, 900]);
    expect((row(1).getByLabelText('One-time cost (optional)') as HTMLInputElement).value).toBe('500');
  });
});

describe('follows the store', () => {
  it('shows answers changed elsewhere (another tab, an import, clear all)', () => {
    render(<WorksheetForm worksheet="security" />);
    act(() => {
      const s = workshop.$value.get();
      workshop.$value.set({
        ...s,
        worksheets: { ...s.worksheets, security: { ...s.worksheets.security, fields: { ...s.worksheets.security.fields, 'soc2-timeline-months': 9 } } },
      });
    });
    expect((screen.getByLabelText('SOC 2 Type II') as HTMLInputElement).value).toBe('9');
    act(() => workshop.reset());
    expect((screen.getByLabelText('SOC 2 Type II') as HTMLInputElement).value).toBe('');
  });
});
