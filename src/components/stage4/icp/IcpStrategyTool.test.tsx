// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { messages } from '../../../lib/messages';
import { computeIcpStrategy } from '../../../lib/stage4/icp/compute';
import { recommendationText } from '../../../lib/stage4/icp/describe';
import { ICP_EXAMPLE } from '../../../data/stage4/examples';
import { icpStrategy, loadIcpInputs } from '../../../stores/stage4/icp-strategy';
import type { ChartFrameProps } from '../../kit/ChartFrame';
import IcpStrategyTool from './IcpStrategyTool';

vi.mock('../../kit/ChartFrame', () => ({ ChartFrame: ({ title }: ChartFrameProps) => <figure aria-label={title} /> }));

const segment = (n: number) => screen.getAllByRole('group').find((g) => g.tagName === 'FIELDSET' && g.querySelector('legend')?.textContent?.startsWith(`${n}.`))!;

beforeAll(() => {
  icpStrategy.$value.listen(() => undefined);
});
beforeEach(() => {
  icpStrategy.reset();
});

describe('IcpStrategyTool', () => {
  it('explains bad input next to the field and keeps the last valid value', async () => {
    render(<IcpStrategyTool />);
    const churn = within(segment(1)).getByLabelText('Monthly churn');
    await userEvent.type(churn, '2');
    await userEvent.type(churn, 'x');
    expect(within(segment(1)).getByText(messages.notANumber)).toBeTruthy();
    expect(icpStrategy.$value.get().segments[0]!.monthlyChurnPct).toBe(2);
    expect(screen.getByText(/One field needs attention/)).toBeTruthy();
    await userEvent.clear(churn);
    await userEvent.type(churn, '150');
    expect(within(segment(1)).getByText(messages.aboveMax(100, '%'))).toBeTruthy();
  });

  it('says it can\'t tell yet while figures are missing, naming them', () => {
    render(<IcpStrategyTool />);
    expect(screen.getAllByText(/Can't tell yet, because Segment 1 lacks ARPA, gross margin, monthly churn, CAC/).length).toBeGreaterThan(0);
  });

  it('shows the example\'s recommendation and records an overriding decision with its rationale', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<IcpStrategyTool />);
    act(() => loadIcpInputs(ICP_EXAMPLE));
    const expected = recommendationText(computeIcpStrategy(ICP_EXAMPLE), ICP_EXAMPLE).title;
    expect((await screen.findAllByText(expected)).length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('radio', { name: /^Primary ICP focus/ }));
    await userEvent.selectOptions(screen.getByLabelText('Segment to focus on'), 'smb');
    await userEvent.type(screen.getByLabelText('Rationale'), 'One team first');
    await userEvent.click(screen.getByRole('button', { name: 'Record it' }));
    expect(icpStrategy.$value.get().decision).toMatchObject({ choice: 'primary', primarySegmentId: 'smb', rationale: 'One team first' });
    expect(screen.getByText(/Your decision overrides it/)).toBeTruthy();
  });

  it('refuses a malformed date', async () => {
    render(<IcpStrategyTool />);
    act(() => loadIcpInputs(ICP_EXAMPLE));
    const date = await screen.findByLabelText('Date decided');
    fireEvent.change(date, { target: { value: '' } });
    await userEvent.click(screen.getByRole('button', { name: 'Record it' }));
    expect(screen.getByText('Enter the date as YYYY-MM-DD.')).toBeTruthy();
    expect(icpStrategy.$value.get().decision.decidedOn).toBeNull();
  });
});
