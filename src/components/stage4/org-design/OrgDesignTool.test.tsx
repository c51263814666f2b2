// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { messages } from '../../../lib/messages';
import { orgDesign } from '../../../stores/stage4/org-design';
import OrgDesignTool from './OrgDesignTool';


const channel = () => screen.getAllByRole('group').find((g) => g.tagName === 'FIELDSET' && /^1\. /.test(g.querySelector('legend')?.textContent ?? ''))!;

beforeAll(() => {
  orgDesign.$value.listen(() => undefined);
});
beforeEach(() => orgDesign.reset());

describe('OrgDesignTool', () => {
  it('counts operators from volume and capacity and draws the chart', async () => {
    render(<OrgDesignTool />);
    await userEvent.type(within(channel()).getByLabelText('Volume'), '90');
    expect(within(channel()).getByText(/Can't tell yet, because capacity of one operator is missing/)).toBeTruthy();
    await userEvent.type(within(channel()).getByLabelText('One operator handles'), '20');
    expect(within(channel()).getByText(/Supports 4 operators \(4.5 by volume ÷ capacity\)/)).toBeTruthy();
    expect(screen.getByRole('figure', { name: /Sales organization/ })).toBeTruthy();
  });

  it('explains an impossible month or span next to the field', async () => {
    render(<OrgDesignTool />);
    const month = within(channel()).getByLabelText('Needed by plan month');
    await userEvent.clear(month);
    await userEvent.type(month, '13');
    expect(within(channel()).getByText(messages.aboveMax(12))).toBeTruthy();
    const span = screen.getByLabelText('Span of control');
    await userEvent.clear(span);
    await userEvent.type(span, '2.5');
    expect(screen.getByText(messages.mustBeWhole)).toBeTruthy();
    // The last valid value (the 2 typed before the decimal) is kept.
    expect(orgDesign.$value.get().spanOfControl).toBe(2);
  });
});
