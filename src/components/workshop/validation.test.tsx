// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { messages } from '../../lib/messages';
import { computeRecruitingChannels, computeTeamPlan, getWorksheet, parseFieldInput, workshopMessages, type InputField } from '../../presets/workshop';
import { formatPct } from '../../lib/format';
import { workshop } from '../../stores/workshop';
import WorksheetForm from './WorksheetForm';

beforeEach(() => {
  localStorage.clear();
  workshop.reset();
});

const fieldOf = (worksheetId: Parameters<typeof getWorksheet>[0], id: string) => {
  const def = getWorksheet(worksheetId);
  for (const s of def.sections) {
    for (const e of s.entries) {
      if (e.type === 'input' && e.id === id) return e;
      if (e.type === 'group') {
        const f = e.fields.find((g) => g.id === id);
        if (f) return f;
      }
    }
  }
  throw new Error(`no field ${id}`);
};
/** The message `parseFieldInput` gives for this text, so the test never types the message in itself. */
const messageFor = (field: InputField, text: string) => {
  const r = parseFieldInput(field, text);
  if (r.ok) throw new Error(`${text} is valid`);
  return r.message;
};
const messageNextTo = (input: HTMLElement) => {
  const id = input.getAttribute('aria-describedby')?.split(' ').find((d) => d.endsWith('-msg'));
  return id ? document.getElementById(id)?.textContent : null;
};

describe('inline validation messages', () => {
  it.each([
    ['technical-scaling', 'Database size', 'database-size-gb', 'lots'],
    ['technical-scaling', 'Database size', 'database-size-gb', '-5'],
    ['technical-scaling', 'Concurrent users supported', 'concurrent-users', '12.5'],
    ['retention', 'Equity participation', 'equity-pct', '140'],
    ['security', 'SOC 2 Type II', 'soc2-timeline-months', '2000'],
    ['team-scaling', 'CTO/VP Engineering', 'cto-hire-month', '0'],
  ] as const)('%s › %s: %j gets the message beside the field and is not saved', async (worksheet, label, fieldId, typed) => {
    const user = userEvent.setup();
    render(<WorksheetForm worksheet={worksheet} />);
    const input = fieldId === 'cto-hire-month' ? within(screen.getByRole('group', { name: label })).getByLabelText('Hire timeline') : screen.getByLabelText(label);
    await user.type(input, '3');
    const saved = workshop.$value.get().worksheets[worksheet].fields[fieldId];
    await user.clear(input);
    // Pasted in one go, so no valid prefix of it is saved on the way.
    await user.click(input);
    await user.paste(typed);
    const expected = messageFor(fieldOf(worksheet, fieldId), typed);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(messageNextTo(input)).toBe(expected);
    expect(screen.getByRole('alert').textContent).toBe(expected);
    // The store keeps only valid answers: clearing made it unanswered, the bad text never lands.
    expect(saved).toBe(3);
    expect(workshop.$value.get().worksheets[worksheet].fields[fieldId]).toBeNull();
    // Fixing it clears the message and saves.
    await user.clear(input);
    await user.type(input, '1');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(workshop.$value.get().worksheets[worksheet].fields[fieldId]).toBe(1);
  });

  it('uses the handbook’s shared number messages', async () => {
    const user = userEvent.setup();
    render(<WorksheetForm worksheet="retention" />);
    const input = screen.getByLabelText('Equity participation');
    await user.type(input, '101');
    expect(messageNextTo(input)).toBe(messages.aboveMax(100));
  });

  it('says so next to the maximum when a salary range is reversed', async () => {
    const user = userEvent.setup();
    render(<WorksheetForm worksheet="hiring" />);
    const position = within(screen.getByRole('group', { name: 'Position 1' }));
    await user.type(position.getByLabelText('Salary range (minimum)'), '150000');
    await user.type(position.getByLabelText('Salary range (maximum)'), '120000');
    const max = position.getByLabelText('Salary range (maximum)');
    expect(max.getAttribute('aria-invalid')).toBe('true');
    expect(messageNextTo(max)).toBe(workshopMessages.salaryRangeReversed);
    // Both values are valid on their own, so both are kept.
    expect(workshop.$value.get().worksheets.hiring.groups['positions']?.[0]?.['salary-max-usd']).toBe(120000);
  });

  it('offers the seed’s priority levels as a choice', async () => {
    const user = userEvent.setup();
    render(<WorksheetForm worksheet="hiring" />);
    const select = within(screen.getByRole('group', { name: 'Position 2' })).getByLabelText('Priority level');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['—', 'Critical', 'High', 'Medium']);
    await user.selectOptions(select, 'High');
    expect(workshop.$value.get().worksheets.hiring.groups['positions']?.[1]?.['priority']).toBe('High');
  });

  it('warns while the recruiting channels do not make 100%, and stops when they do', async () => {
    const user = userEvent.setup();
    render(<WorksheetForm worksheet="hiring" />);
    await user.type(screen.getByLabelText('Network referrals'), '40');
    await user.type(screen.getByLabelText('Job boards'), '30');
    const partial = computeRecruitingChannels(workshop.$value.get().worksheets.hiring);
    expect(screen.getByText(partial.warning!)).toBeTruthy();
    expect(screen.getByText(new RegExp(`${formatPct(partial.remainingPct)} left to allocate`))).toBeTruthy();
    await user.type(screen.getByLabelText('Social media'), '30');
    expect(computeRecruitingChannels(workshop.$value.get().worksheets.hiring).warning).toBeNull();
    expect(screen.queryByText(/not 100%/)).toBeNull();
  });

  it('shows team plan totals and flags a change that does not match target − current', async () => {
    const user = userEvent.setup();
    render(<WorksheetForm worksheet="team-scaling" />);
    await user.type(screen.getByLabelText('Engineering', { selector: '#ws-team-scaling-current-engineering' }), '8');
    await user.type(screen.getByLabelText('Engineering (target)'), '12');
    await user.type(screen.getByLabelText('Engineering (change)'), '3');
    const plan = computeTeamPlan(workshop.$value.get().worksheets['team-scaling']);
    const engineering = plan.functions.find((f) => f.functionId === 'engineering')!;
    expect(engineering.changeMismatch).toBe(true);
    expect(screen.getByText(`Engineering: ${engineering.message}`)).toBeTruthy();
    const row = screen.getByRole('rowheader', { name: 'Engineering' }).closest('tr')!;
    expect(row.textContent).toContain(`+${engineering.computedChange}`);
  });

  it('says plainly when the automations never pay back', async () => {
    const user = userEvent.setup();
    render(<WorksheetForm worksheet="automation" />);
    const row = within(screen.getByRole('group', { name: 'High Impact Automation 1' }));
    await user.type(row.getByLabelText('Time saved'), '1');
    await user.type(row.getByLabelText('Cost'), '1000');
    await user.type(row.getByLabelText('One-time cost (optional)'), '500');
    await user.type(screen.getByLabelText('Loaded hourly cost'), '20');
    const payback = screen.getAllByRole('term').find((t) => t.textContent === 'Payback period')!;
    expect(payback.nextElementSibling?.textContent).toBe('Never pays back');
    expect(screen.getByText(/Never pays back: the monthly savings are smaller than the monthly cost/)).toBeTruthy();
  });

  it('flags time saved above the current effort next to the field', async () => {
    const user = userEvent.setup();
    render(<WorksheetForm worksheet="automation" />);
    const row = within(screen.getByRole('group', { name: 'High Impact Automation 1' }));
    await user.type(row.getByLabelText('Current effort'), '5');
    await user.type(row.getByLabelText('Time saved'), '8');
    const saved = row.getByLabelText('Time saved');
    expect(saved.getAttribute('aria-invalid')).toBe('true');
    expect(messageNextTo(saved)).toMatch(/cannot be more than the current effort/);
  });
});
