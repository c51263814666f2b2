// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { ChartFrameProps } from '../kit/ChartFrame';
import { automationMessages, computeAutomationRoi } from '../../lib/automation-roi/index';
import { formatRatio, formatUsd } from '../../lib/format';
import { messages } from '../../lib/messages';
import { automationRoi } from '../../stores/automation-roi';
import AutomationRoiTool from './AutomationRoiTool';
import { EXAMPLE_INPUTS } from './example';

vi.mock('../kit/ChartFrame', () => ({
  ChartFrame: ({ title, table }: ChartFrameProps) => (
    <figure aria-label={title}>
      <table>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  ),
}));

const total = (label: string) => {
  const list = document.querySelector<HTMLElement>('dl[aria-label="Automation ROI totals"]')!;
  const dt = within(list)
    .getAllByRole('term')
    .find((t) => t.textContent === label);
  if (!dt) throw new Error(`no total ${label}`);
  return dt.nextElementSibling?.textContent ?? '';
};
const row = (n: number) =>
  screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET' && /^\d+\./.test(g.querySelector('legend')?.textContent ?? ''))[n - 1]!;
const type = async (scope: HTMLElement, label: string, text: string) => {
  const input = within(scope).getByLabelText(label);
  await userEvent.clear(input);
  if (text) await userEvent.type(input, text);
};

// Keep the saved store mounted for the whole file: its unmount runs on a timer that would outlive jsdom.
beforeAll(() => {
  automationRoi.$value.listen(() => undefined);
});

beforeEach(() => {
  automationRoi.reset();
});

describe('AutomationRoiTool', () => {
  it('starts with the worksheet three blank rows and computes as you type', async () => {
    render(<AutomationRoiTool />);
    expect(within(row(3)).getByLabelText('Hours saved')).toBeTruthy();
    await type(document.body, 'Loaded hourly cost', '25');
    const first = row(1);
    await type(first, 'Process name', 'Invoice matching');
    await type(first, 'Current effort', '15');
    await type(first, 'Hours saved', '12');
    await type(first, 'Monthly cost', '260');
    await type(first, 'One-time cost (optional)', '2080');
    const expected = computeAutomationRoi({
      loadedHourlyCostUsd: 25,
      processes: [{ name: 'Invoice matching', currentHoursPerWeek: 15, hoursSavedPerWeek: 12, monthlyCostUsd: 260, oneTimeCostUsd: 2080 }],
    }).totals;
    expect(total('Monthly savings')).toContain(formatUsd(expected.monthlySavingsUsd));
    expect(total('ROI')).toContain(formatRatio(expected.roiRatio));
    expect(total('Payback')).toContain('2 months');
    expect(within(first).getByText(/Saves/).textContent).toContain(formatUsd(expected.monthlySavingsUsd));
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('says plainly when savings do not cover the running cost', async () => {
    render(<AutomationRoiTool />);
    await type(document.body, 'Loaded hourly cost', '12');
    await type(row(1), 'Hours saved', '1');
    await type(row(1), 'Monthly cost', '100');
    await type(row(1), 'One-time cost (optional)', '500');
    expect(total('Payback')).toContain('Never pays back');
    expect(within(row(1)).getByText(/costs \$100 a month to run/)).toBeTruthy();
    expect(screen.getByText(/Taken together, these automations never pay back/)).toBeTruthy();
    expect(total('Net monthly benefit')).toContain(formatUsd(52 - 100));
  });

  it('flags hours saved above the current effort and leaves the row out of the totals', async () => {
    render(<AutomationRoiTool />);
    await type(document.body, 'Loaded hourly cost', '30');
    await type(row(1), 'Current effort', '5');
    await type(row(1), 'Hours saved', '8');
    await type(row(1), 'Monthly cost', '10');
    expect(within(row(1)).getByText(automationMessages.savedMoreThanCurrent(8, 5))).toBeTruthy();
    expect(total('Hours saved')).toContain('0 h/week');
    expect(screen.getByText(/One process is left out of the totals/)).toBeTruthy();
  });

  it('shows field messages for bad numbers and asks for what is missing', async () => {
    render(<AutomationRoiTool />);
    await type(row(1), 'Hours saved', '-2');
    expect(within(row(1)).getByText(messages.belowMin(0))).toBeTruthy();
    await type(row(1), 'Hours saved', '200');
    expect(within(row(1)).getByText(messages.aboveMax(168))).toBeTruthy();
    await type(row(1), 'Hours saved', '4');
    expect(within(row(1)).getByText(new RegExp(automationMessages.costMissing.replace(/[()]/g, '\\$&')))).toBeTruthy();
    await type(row(1), 'Monthly cost', '0');
    expect(total('Monthly savings')).toContain('–');
    expect(screen.getAllByText(automationMessages.rateMissing).length).toBeGreaterThan(0);
    expect(total('ROI')).toContain('–');
  });

  it('loads the labelled example and adds and removes processes', async () => {
    render(<AutomationRoiTool />);
    await userEvent.click(screen.getByRole('button', { name: /Example: three typical processes/ }));
    expect(automationRoi.$value.get()).toEqual(EXAMPLE_INPUTS);
    const expected = computeAutomationRoi(EXAMPLE_INPUTS);
    expect(total('Monthly savings')).toContain(formatUsd(expected.totals.monthlySavingsUsd));
    expect(within(row(3)).getByText(/Never pays back/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add a process' }));
    expect(automationRoi.$value.get().processes).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Support ticket triage' }));
    expect(automationRoi.$value.get().processes.map((p) => p.name)).toEqual(['Invoice matching', 'Weekly pipeline report', '']);
    expect((within(row(2)).getByLabelText('Hours saved') as HTMLInputElement).value).toBe('2');
  });
});
