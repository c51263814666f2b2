// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { READINESS_ASSESSMENT, STRATEGY_ASSESSMENT } from '../../lib/workshop/assessment/index';
import { scoreReadiness, scoreStrategy } from '../../presets/workshop';
import { messages } from '../../lib/messages';
import { workshop } from '../../stores/workshop';
import { saveSnapshot, setAnswer } from '../../stores/assessments';
import AssessmentScorer from './AssessmentScorer';
import { formatScore } from './format';

const result = (label: string) => {
  const dt = screen.getAllByRole('term').find((t) => t.textContent === label);
  if (!dt) throw new Error(`no result ${label}`);
  return dt.nextElementSibling?.textContent ?? '';
};
const listItems = (heading: string) => {
  const section = screen.getByRole('heading', { name: heading }).closest('section');
  return section
    ? within(section)
        .queryAllByRole('listitem')
        .map((li) => li.textContent ?? '')
    : [];
};
// The words next to each score box (the category results and the chart's table say it too).
const unansweredBoxes = () =>
  screen.getAllByRole('textbox').filter((box) => document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent === 'Not answered');
const fill = async (label: string, text: string) => {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  if (text) await userEvent.type(input, text);
};

// Keep the saved store mounted for the whole file: its unmount runs on a timer that would outlive jsdom.
beforeAll(() => {
  workshop.$value.listen(() => undefined);
});

beforeEach(() => {
  workshop.reset();
});

describe('AssessmentScorer (readiness)', () => {
  it('shows unanswered items as not answered and leaves them out of the scores', async () => {
    render(<AssessmentScorer assessment="readiness" />);
    expect(unansweredBoxes()).toHaveLength(20);
    await fill('Feature completeness', '8');
    // One answer: the category is 8/10 from 1 of 4, not (8 + 0 + 0 + 0) ÷ 4.
    expect(result('Product Maturity')).toContain(formatScore(8, 10));
    expect(result('Product Maturity')).toContain('1 of 4 answered');
    expect(unansweredBoxes()).toHaveLength(19);
    expect(screen.getByLabelText('Technical stability').getAttribute('aria-describedby')).toBeTruthy();
    // The overall waits for every category instead of counting blanks as 0.
    expect(result('Overall scaling readiness')).toContain('Not yet');
    expect(result('Overall scaling readiness')).toContain('Market Position');
    expect(result('Answered')).toContain('1 of 20');
    expect(workshop.$value.get().assessments.readiness.answers['technical-stability']).toBeNull();
  });

  it('scores the overall out of 50 once every category has an answer', async () => {
    render(<AssessmentScorer assessment="readiness" />);
    const answers: Record<string, number> = {};
    for (const [i, c] of READINESS_ASSESSMENT.categories.entries()) {
      const item = c.items[0]!;
      answers[item.id] = i + 4;
      await fill(item.label, String(i + 4));
    }
    await fill('Technical stability', '9');
    answers['technical-stability'] = 9;
    const expected = scoreReadiness(answers);
    expect(expected.overall.score).not.toBeNull();
    expect(result('Overall scaling readiness')).toContain(formatScore(expected.overall.score, 50));
    expect(result('Overall scaling readiness')).toContain('6 of 20 answered');
    expect(screen.getByText(expected.overall.band!.label)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('fills critical gaps and strengths from the scores and updates them', async () => {
    render(<AssessmentScorer assessment="readiness" />);
    expect(listItems('Critical gaps')).toEqual([]);
    await fill('Feature completeness', '2');
    await fill('Brand recognition', '9');
    await fill('Quality control', '5');
    await fill('Unit economics', '7');
    expect(listItems('Critical gaps').map((t) => t.split(' ')[0])).toEqual(['Feature', 'Quality']);
    expect(listItems('Scaling strengths').map((t) => t.split(' ')[0])).toEqual(['Brand', 'Unit']);
    expect(listItems('Critical gaps')[0]).toContain('Critical gap');
    await fill('Feature completeness', '10');
    expect(listItems('Scaling strengths')[0]).toContain('Feature completeness');
    expect(listItems('Critical gaps')[0]).toContain('Quality control');
    // Each gap says what to do next and links to the handbook.
    const gaps = screen.getByRole('heading', { name: 'Critical gaps' }).closest('section')!;
    expect(within(gaps).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('explains an invalid score and keeps the last valid one', async () => {
    render(<AssessmentScorer assessment="readiness" />);
    await fill('Culture strength', '6');
    const input = screen.getByLabelText('Culture strength');
    // Pasted over the 6 in one go, so the last valid score is still 6.
    fireEvent.change(input, { target: { value: '11' } });
    expect(screen.getByText(messages.aboveMax(10))).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/One field needs attention/)).toBeTruthy();
    expect(workshop.$value.get().assessments.readiness.answers['culture-strength']).toBe(6);
    await fill('Culture strength', '7.5');
    expect(screen.getByText(messages.mustBeWhole)).toBeTruthy();
    await fill('Culture strength', 'seven');
    expect(screen.getByText(messages.notANumber)).toBeTruthy();
    await fill('Culture strength', '');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(workshop.$value.get().assessments.readiness.answers['culture-strength']).toBeNull();
    expect(screen.queryByText(/field needs attention/)).toBeNull();
  });

  it('resets only this assessment, keeping the other one and the snapshots', async () => {
    setAnswer('strategy', 'growth-planning', 5);
    setAnswer('readiness', 'unit-economics', 3);
    saveSnapshot('readiness', new Date('2025-01-10T09:00:00Z'));
    render(<AssessmentScorer assessment="readiness" />);
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    const s = workshop.$value.get();
    expect(s.assessments.readiness.answers['unit-economics']).toBeNull();
    expect(s.assessments.readiness.snapshots).toHaveLength(1);
    expect(s.assessments.strategy.answers['growth-planning']).toBe(5);
    expect((screen.getByLabelText('Unit economics') as HTMLInputElement).value).toBe('');
  });

});

describe('AssessmentScorer snapshots', () => {
  it('saves a snapshot from the button and lists it', async () => {
    render(<AssessmentScorer assessment="strategy" />);
    const save = screen.getByRole('button', { name: 'Save snapshot' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await fill('Growth planning', '6');
    expect(save.disabled).toBe(false);
    await userEvent.click(save);
    expect(screen.getByText(/Snapshot saved/)).toBeTruthy();
    expect(workshop.$value.get().assessments.strategy.snapshots).toHaveLength(1);
    expect(screen.getByText(/Save another snapshot later/)).toBeTruthy();
  });

  it('compares the latest snapshot with the previous one per category', () => {
    // An overall needs a score in every category: Organizational and Operational stay the same.
    const steady = { 'hiring-strategy': 5, 'quality-systems': 5 };
    for (const [id, v] of Object.entries(steady)) setAnswer('strategy', id, v);
    setAnswer('strategy', 'growth-planning', 4);
    setAnswer('strategy', 'data-architecture', 6);
    saveSnapshot('strategy', new Date('2025-01-10T09:00:00Z'));
    setAnswer('strategy', 'growth-planning', 7);
    setAnswer('strategy', 'data-architecture', 5);
    saveSnapshot('strategy', new Date('2025-04-10T09:00:00Z'));
    render(<AssessmentScorer assessment="strategy" />);
    const table = screen.getByRole('table', { name: /Change from/ });
    const row = (label: string) => within(table).getByRole('rowheader', { name: label }).closest('tr')!.textContent ?? '';
    expect(row('Strategic Readiness')).toContain('+3');
    expect(row('Technical Readiness')).toContain('−1');
    expect(row('Organizational Readiness')).toContain('0');
    const before = scoreStrategy({ ...steady, 'growth-planning': 4, 'data-architecture': 6 }).overall.score;
    const after = scoreStrategy({ ...steady, 'growth-planning': 7, 'data-architecture': 5 }).overall.score;
    expect(row('Overall')).toContain(formatScore(after, 100));
    expect(row('Overall')).toContain(`+${after! - before!}`);
  });

  it('shows the strategy overall out of 100 with how much is answered', async () => {
    render(<AssessmentScorer assessment="strategy" />);
    await fill('Hiring strategy', '6');
    await fill('Risk management', '8');
    // Two categories still blank: no overall yet, and the blank ones are named.
    expect(result('Overall scaling score')).toContain('Needs at least one score in Technical Readiness and Operational Readiness');
    await fill('Data architecture', '5');
    await fill('Quality systems', '7');
    const expected = scoreStrategy({ 'hiring-strategy': 6, 'risk-management': 8, 'data-architecture': 5, 'quality-systems': 7 });
    expect(result('Overall scaling score')).toContain(formatScore(expected.overall.score, 100));
    expect(result('Overall scaling score')).toContain(`4 of ${STRATEGY_ASSESSMENT.categories.length * 4} answered`);
  });

  it('follows answers changed elsewhere (the workshop page uses the same store)', () => {
    render(<AssessmentScorer assessment="readiness" />);
    act(() => setAnswer('readiness', 'brand-recognition', 4));
    expect((screen.getByLabelText('Brand recognition') as HTMLInputElement).value).toBe('4');
  });
});
