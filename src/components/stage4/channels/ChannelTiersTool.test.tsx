// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { ChartFrameProps } from '../../kit/ChartFrame';
import { messages } from '../../../lib/messages';
import { channelTiers, setAllocation } from '../../../stores/stage4/channel-tiers';
import ChannelTiersTool from './ChannelTiersTool';

vi.mock('../../kit/ChartFrame', () => ({ ChartFrame: ({ title }: ChartFrameProps) => <figure aria-label={title} /> }));

const row = () => screen.getAllByRole('group').find((g) => g.tagName === 'FIELDSET' && /^1\. /.test(g.querySelector('legend')?.textContent ?? ''))!;

beforeAll(() => {
  channelTiers.$value.listen(() => undefined);
});
beforeEach(() => channelTiers.reset());

describe('ChannelTiersTool', () => {
  it('suggests a tier with its reason as results are typed', async () => {
    render(<ChannelTiersTool />);
    const r = row();
    await userEvent.type(within(r).getByLabelText('Channel'), 'Inbound');
    await userEvent.type(within(r).getByLabelText('Opportunities'), '100');
    await userEvent.type(within(r).getByLabelText('Cost per opportunity'), '20');
    expect(within(r).getByTestId('tier-reason').textContent).toMatch(/can't tell yet.*conversion is missing/i);
    await userEvent.type(within(r).getByLabelText('Conversion to customer'), '10');
    expect(within(r).getByTestId('tier-reason').textContent).toMatch(/Suggested: Tier 1 — scale aggressively/);
  });

  it('flags bad input beside the field', async () => {
    render(<ChannelTiersTool />);
    await userEvent.type(within(row()).getByLabelText('Conversion to customer'), '120');
    expect(within(row()).getByText(messages.aboveMax(100, '%'))).toBeTruthy();
  });

  it('warns when the tier shares do not total 100%', async () => {
    render(<ChannelTiersTool />);
    act(() => setAllocation({ shares: { tier2Pct: 20 } }));
    expect(await screen.findByText(/The tier shares total 90%, not 100%/)).toBeTruthy();
  });
});
