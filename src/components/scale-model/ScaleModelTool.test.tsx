// @vitest-environment jsdom
import { getScaleModelPresets } from '../../presets/scale-model';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import type { ChartFrameProps } from '../kit/ChartFrame';
import { computeScaleModel, GLOBAL_RULES, ROLE_RULES, validateField } from '../../lib/scale-model';
import { defaultScaleModelInputs } from '../../presets/scale-model';
import { messages } from '../../lib/messages';
import { formatUsd } from '../../lib/format';
import { scaleModel, scaleModelScenarios } from '../../stores/scale-model';
import ScaleModelTool from './ScaleModelTool';

// jsdom has no canvas: the chart frame is replaced by its data table, which is what these tests read.
vi.mock('../kit/ChartFrame', () => ({
  ChartFrame: ({ title, table }: ChartFrameProps) => (
    <table aria-label={title}>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  ),
}));

const defaults = defaultScaleModelInputs();
const expectedMessage = (value: string, rule: Parameters<typeof validateField>[1]) => {
  const checked = validateField(value, rule);
  if (checked === null || !('message' in checked)) throw new Error(`${value} should be rejected`);
  return checked.message;
};

/** The message element an input points to with aria-describedby, and the cell or field that holds both. */
function messageNextTo(input: HTMLElement): { text: string; sameCell: boolean } {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const message = ids.map((id) => document.getElementById(id)).find((el) => el?.getAttribute('role') === 'alert');
  if (!message) return { text: '', sameCell: false };
  const cell = input.closest('td, th, .kit-field');
  return { text: message.textContent ?? '', sameCell: cell !== null && cell.contains(message) };
}

const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });
const toolText = () => document.querySelector('.kit-tool')?.textContent ?? '';

beforeEach(() => {
  localStorage.clear();
  scaleModel.$value.set(defaultScaleModelInputs());
  scaleModelScenarios.$value.set([]);
});

describe('ScaleModelTool validation', () => {
  it('rejects negative hires next to the cell and keeps the results of the last valid plan', () => {
    render(<ScaleModelTool presetsJson={JSON.stringify(getScaleModelPresets())} />);
    const before = computeScaleModel(defaults);
    const cell = screen.getByLabelText('Engineering hires in month 3');
    type(cell, '-1');
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    expect(messageNextTo(cell)).toEqual({ text: expectedMessage('-1', ROLE_RULES.hiresPerMonth), sameCell: true });
    expect(screen.getByText(/One field needs attention/)).toBeTruthy();
    expect(scaleModel.$value.get()).toEqual(defaults);
    expect(toolText()).toContain(formatUsd(before.totals.costUsd12));
    expect(toolText()).not.toMatch(/NaN|Infinity/);
  });

  it('accepts a ramp of 0 months and rejects 120 with the model’s message', () => {
    render(<ScaleModelTool presetsJson={JSON.stringify(getScaleModelPresets())} />);
    const ramp = screen.getByLabelText('Sales ramp time (months)');
    type(ramp, '0');
    expect(ramp.getAttribute('aria-invalid')).toBeNull();
    expect(scaleModel.$value.get().roles.find((r) => r.id === 'sales')?.rampMonths).toBe(0);
    type(ramp, '120');
    expect(messageNextTo(ramp)).toEqual({ text: expectedMessage('120', ROLE_RULES.rampMonths), sameCell: true });
    expect(scaleModel.$value.get().roles.find((r) => r.id === 'sales')?.rampMonths).toBe(0);
    expect(toolText()).not.toMatch(/NaN|Infinity/);
  });

  it('rejects 100% attrition (someone must stay) and an emptied hires cell', () => {
    render(<ScaleModelTool presetsJson={JSON.stringify(getScaleModelPresets())} />);
    const attrition = screen.getByLabelText('Engineering annual attrition (%)');
    type(attrition, '100');
    expect(messageNextTo(attrition)).toEqual({ text: expectedMessage('100', ROLE_RULES.annualAttritionPct), sameCell: true });
    const cell = screen.getByLabelText('Sales hires in month 1');
    type(cell, '');
    expect(messageNextTo(cell)).toEqual({ text: messages.required, sameCell: true });
    expect(screen.getByText(/2 fields need attention/)).toBeTruthy();
    expect(toolText()).not.toMatch(/NaN|Infinity/);
    expect(scaleModel.$value.get()).toEqual(defaults);
  });

  it('shows a global field’s message beside it and saves again once every field is valid', () => {
    render(<ScaleModelTool presetsJson={JSON.stringify(getScaleModelPresets())} />);
    const span = screen.getByLabelText('Span of control');
    type(span, '0');
    expect(messageNextTo(span)).toEqual({ text: expectedMessage('0', GLOBAL_RULES.spanOfControl), sameCell: true });
    type(span, '5');
    expect(span.getAttribute('aria-invalid')).toBeNull();
    expect(scaleModel.$value.get().spanOfControl).toBe(5);
    expect(screen.queryByText(/needs attention/)).toBeNull();
  });

  it('takes fractional hires and updates the results and the chart table in place', async () => {
    render(<ScaleModelTool presetsJson={JSON.stringify(getScaleModelPresets())} />);
    type(screen.getByLabelText('Sales hires in month 2'), '0.5');
    const inputs = scaleModel.$value.get();
    expect(inputs.roles.find((r) => r.id === 'sales')?.hiresPerMonth[1]).toBe(0.5);
    const expected = computeScaleModel(inputs);
    expect(toolText()).toContain(formatUsd(expected.totals.costUsd12));
    // The charts are a part that runs once needed (at once here: jsdom has no IntersectionObserver).
    const table = await screen.findByRole('table', { name: /Headcount and ramped capacity/ });
    expect(within(table).getAllByRole('row')).toHaveLength(12);
  });

  it('a win rate must be filled in once chosen', () => {
    render(<ScaleModelTool presetsJson={JSON.stringify(getScaleModelPresets())} />);
    fireEvent.click(screen.getByLabelText('From win rate'));
    const winRate = screen.getByLabelText('Win rate');
    expect(messageNextTo(winRate)).toEqual({ text: messages.required, sameCell: true });
    type(winRate, '25');
    expect(scaleModel.$value.get().winRatePct).toBe(25);
    expect(toolText()).toContain('4× the target, from the win rate');
  });

  it('removes a role only after confirming, and reset clears fields holding bad input', () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    render(<ScaleModelTool presetsJson={JSON.stringify(getScaleModelPresets())} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Operations' }));
    expect(scaleModel.$value.get().roles.some((r) => r.id === 'operations')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Operations' }));
    expect(scaleModel.$value.get().roles.some((r) => r.id === 'operations')).toBe(false);

    const cell = screen.getByLabelText('Sales hires in month 1');
    type(cell, 'abc');
    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(scaleModel.$value.get()).toEqual(defaults);
    expect((screen.getByLabelText('Sales hires in month 1') as HTMLInputElement).value).toBe(String(defaults.roles.find((r) => r.id === 'sales')?.hiresPerMonth[0]));
    expect(screen.queryByText(/needs attention/)).toBeNull();
    confirm.mockRestore();
  });
});
