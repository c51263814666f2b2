// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartFrameProps } from '../kit/ChartFrame';
import { messages } from '../../lib/messages';
import { computeStagePlan } from '../../lib/stage-planner/plan';
import { stagePlanner, stagePlannerDefaults } from '../../stores/stage-planner';
import { infrastructureCheckText, shareTotalWarning } from './words';
import StagePlannerTool from './StagePlannerTool';

// jsdom has no canvas: the chart frame is replaced by its title.
vi.mock('../kit/ChartFrame', () => ({ ChartFrame: ({ title }: ChartFrameProps) => <p>{title}</p> }));

beforeEach(() => stagePlanner.reset());

describe('stage planner form', () => {
  it('shows the playbook Stage 1 with its 101% warning and the infrastructure check', () => {
    render(<StagePlannerTool />);
    const result = computeStagePlan(stagePlannerDefaults);
    if (!result.budget.ok) throw new Error('budget');
    expect(screen.getByText(shareTotalWarning(result.budget.total)!)).toBeTruthy();
    expect(screen.getByText(infrastructureCheckText(result.infrastructureCheck!))).toBeTruthy();
  });

  it('explains bad input next to the field and keeps the last valid value', () => {
    render(<StagePlannerTool />);
    const share = screen.getByLabelText('Personnel share');
    fireEvent.change(share, { target: { value: '150' } });
    expect(screen.getByText(messages.aboveMax(100, '%'))).toBeTruthy();
    expect(stagePlanner.$value.get().budgetLines[0]!.sharePct).toBe(70);
    fireEvent.change(share, { target: { value: 'abc' } });
    expect(screen.getByText(messages.notANumber)).toBeTruthy();
    fireEvent.change(share, { target: { value: '69' } });
    expect(stagePlanner.$value.get().budgetLines[0]!.sharePct).toBe(69);
    expect(screen.queryByText(/The shares total/)).toBeNull();
  });

  it('adds and removes a budget line', () => {
    render(<StagePlannerTool />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a budget line' }));
    expect(stagePlanner.$value.get().budgetLines).toHaveLength(5);
    const removes = screen.getAllByRole('button', { name: /^Remove/ });
    fireEvent.click(removes[4]!);
    expect(stagePlanner.$value.get().budgetLines).toHaveLength(4);
  });
});
