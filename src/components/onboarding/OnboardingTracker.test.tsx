// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import LZString from 'lz-string';
import { getPlan, onboardingPlans } from '../../data/onboarding';
import { createTracker, encodeProgress, onboardingMessages, setTaskDone } from '../../lib/onboarding';
import { NewTrackerForm, type NewTrackerInput } from './NewTrackerForm';
import { ReadOnlyProgress } from './ReadOnlyProgress';

const TODAY = '2025-03-05';

function renderForm() {
  const created: NewTrackerInput[] = [];
  render(<NewTrackerForm plans={onboardingPlans} today={TODAY} onCreate={(input) => created.push(input)} />);
  const submit = () => userEvent.click(screen.getByRole('button', { name: 'Start tracking' }));
  return { created, submit };
}

const messageOf = (field: HTMLElement) => {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');
};

describe('starting a tracked plan', () => {
  it('names every missing choice, focuses the first, and creates nothing', async () => {
    const { created, submit } = renderForm();
    await submit();
    const role = screen.getByLabelText('Role');
    expect(role.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(role)).toContain(onboardingMessages.roleRequired);
    expect(document.activeElement).toBe(role);
    expect(messageOf(screen.getByLabelText('Start date'))).toContain(onboardingMessages.startDateRequired);
    expect(created).toEqual([]);
  });

  it('asks for a track when the role has tracks', async () => {
    const { created, submit } = renderForm();
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'sales');
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2025-03-10' } });
    await submit();
    const track = screen.getByLabelText('Track');
    expect(messageOf(track)).toContain(onboardingMessages.trackRequired);
    expect(document.activeElement).toBe(track);
    expect(created).toEqual([]);
  });

  it('says an incomplete date in the picker is not a date, rather than that it is missing', async () => {
    const { submit } = renderForm();
    const start = screen.getByLabelText('Start date');
    // What a browser reports while the picker holds e.g. 31/02/2025: an empty value and badInput.
    Object.defineProperty(start, 'validity', { configurable: true, value: { badInput: true } });
    fireEvent.change(start, { target: { value: '' } });
    fireEvent.blur(start);
    expect(messageOf(start)).toContain(onboardingMessages.startDateInvalid);
    await submit();
    expect(start.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a start date too late to lay the plan out on the calendar', async () => {
    const { created, submit } = renderForm();
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'people-managers');
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '9999-12-01' } });
    await submit();
    expect(messageOf(screen.getByLabelText('Start date'))).toContain(onboardingMessages.startDateOutOfRange);
    expect(created).toEqual([]);
  });

  it('warns about a weekend start but accepts it, with the track and trimmed name', async () => {
    const { created, submit } = renderForm();
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'sales');
    await userEvent.selectOptions(screen.getByLabelText('Track'), 'ae');
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2025-03-08' } });
    await userEvent.type(screen.getByLabelText('Name (optional)'), 'Ana Lima');
    expect(screen.getByText(onboardingMessages.startDateWeekend)).toBeTruthy();
    await submit();
    expect(created).toEqual([{ roleId: 'sales', track: 'ae', startDate: '2025-03-08', personName: 'Ana Lima' }]);
  });

  it('lets someone outside every track follow the shared tasks only', async () => {
    const { created, submit } = renderForm();
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'sales');
    await userEvent.selectOptions(screen.getByLabelText('Track'), 'none');
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2025-03-10' } });
    await submit();
    expect(created[0]?.track).toBeUndefined();
  });
});

describe('the read-only progress view', () => {
  const ana = ['welcome-note', 'choose-buddy', 'crm-walkthrough'].reduce(
    (t, id) => setTaskDone(t, id, '2025-03-04'),
    createTracker({ trackerId: 'sales-1', roleId: 'sales', startDate: '2025-03-03', personName: 'Ana Lima', track: 'ae' }),
  );

  it('shows the shared progress with no control that could change it', () => {
    const payload = encodeProgress(ana, { includeName: true, sharedOn: '2025-03-05' });
    render(<ReadOnlyProgress payload={payload} findPlan={getPlan} today={TODAY} onLeave={() => {}} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Read-only view of Ana Lima’s progress, shared on 5 March 2025');
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    const overall = screen.getByText('Overall').parentElement as HTMLElement;
    expect(overall.textContent).toContain('3 of 30 done');
    expect(screen.getAllByText('Done').length).toBe(3);
  });

  it.each([
    ['cut short', (p: string) => p.slice(0, Math.floor(p.length / 2))],
    ['edited', (p: string) => `${p.slice(0, 10)}${p[10] === 'A' ? 'B' : 'A'}${p.slice(11)}`],
    [
      'with a changed start date',
      (p: string) =>
        LZString.compressToEncodedURIComponent(LZString.decompressFromEncodedURIComponent(p).replace('2025-03-03', '2025-03-10')),
    ],
    ['not a payload at all', () => 'hello'],
  ])('refuses a link %s with a clear message', (_label, tamper) => {
    const payload = tamper(encodeProgress(ana, { includeName: true, sharedOn: '2025-03-05' }));
    const left: string[] = [];
    render(<ReadOnlyProgress payload={payload} findPlan={getPlan} today={TODAY} onLeave={() => left.push('left')} />);
    expect(screen.getByRole('alert').textContent).toBe(onboardingMessages.progressLinkInvalid);
    expect(screen.queryByText(/Read-only view of/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open your own tracker' }));
    expect(left).toEqual(['left']);
  });

  it('names a role the handbook has no plan for', () => {
    render(
      <ReadOnlyProgress
        payload={encodeProgress({ ...ana, roleId: 'astronaut' })}
        findPlan={getPlan}
        today={TODAY}
        onLeave={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(onboardingMessages.unknownRole('astronaut'));
  });
});

describe('the tracker island', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    localStorage.clear();
  });

  it('opens a tampered progress link with a message, and leaves saved plans alone', async () => {
    const saved = JSON.stringify({ version: 1, trackers: [ana()], activeTrackerId: 'sales-1' });
    localStorage.setItem('scale-handbook:onboarding:v1', saved);
    window.history.replaceState(null, '', '/tools/onboarding-tracker/#progress=not-a-real-link');
    // A fresh page: the store reads this browser's storage as it loads, as it does in a real visit.
    vi.resetModules();
    const { default: FreshTracker } = await import('./OnboardingTracker');
    await act(async () => {
      render(<FreshTracker plansJson={JSON.stringify(onboardingPlans)} />);
    });
    const region = screen.getByRole('region', { name: 'Shared onboarding progress, read-only' });
    expect(within(region).getByRole('alert').textContent).toBe(onboardingMessages.progressLinkInvalid);
    expect(localStorage.getItem('scale-handbook:onboarding:v1')).toBe(saved);
    await userEvent.click(screen.getByRole('button', { name: 'Open your own tracker' }));
    expect(window.location.hash).toBe('');
    expect(screen.getByRole('region', { name: 'Onboarding tracker' })).toBeTruthy();
  });

  function ana() {
    return createTracker({ trackerId: 'sales-1', roleId: 'sales', startDate: '2025-03-03', personName: 'Ana', track: 'ae' });
  }
});
