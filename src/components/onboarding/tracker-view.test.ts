import { getPlan } from '../../data/onboarding';
import { addDaysIso, createTracker, encodeProgress, onboardingMessages, type Plan } from '../../lib/onboarding';
import { checkStartDate, longDate, progressFromHash, progressUrl, shortDate, trackerLabel } from './tracker-view';

const sales = getPlan('sales') as Plan;
const TODAY = '2025-03-05';

describe('checkStartDate', () => {
  it.each([
    ['an empty field', '', false, onboardingMessages.startDateRequired],
    ['an incomplete date in the picker', '', true, onboardingMessages.startDateInvalid],
    ['a date that does not exist', '2025-02-30', false, onboardingMessages.startDateInvalid],
    ['a five-digit year', '20255-03-03', false, onboardingMessages.startDateInvalid],
    ['text', 'next monday', false, onboardingMessages.startDateInvalid],
    ['a start whose last due date is past year 9999', '9999-12-01', false, onboardingMessages.startDateOutOfRange],
  ])('refuses %s', (_label, value, badInput, message) => {
    expect(checkStartDate(value, badInput, sales, TODAY)).toEqual({ error: message, warning: null });
  });

  it('accepts a weekday near today without a warning', () => {
    expect(checkStartDate('2025-03-10', false, sales, TODAY)).toEqual({ error: null, warning: null });
  });

  it('warns, without refusing, about a weekend start or one more than a year away', () => {
    expect(checkStartDate('2025-03-08', false, sales, TODAY)).toEqual({ error: null, warning: onboardingMessages.startDateWeekend });
    const farAway = addDaysIso(TODAY, 400) as string;
    expect(checkStartDate(farAway, false, sales, TODAY)).toEqual({ error: null, warning: onboardingMessages.startDateFarAway });
    expect(checkStartDate(farAway, false, sales, null).error).toBeNull();
  });
});

describe('progress links and labels', () => {
  it('reads the payload from the hash and builds a link without the page query', () => {
    expect(progressFromHash('#progress=abc-$+')).toBe('abc-$+');
    expect(progressFromHash('#x=1&progress=a%24b')).toBe('a$b');
    expect(progressFromHash('#progress=%E0%A4%A')).toBe('%E0%A4%A');
    expect(progressFromHash('#share=abc')).toBeNull();
    expect(progressFromHash('')).toBeNull();
    expect(progressUrl('https://h.example/tools/onboarding-tracker/?role=sales#x', 'A-b$')).toBe(
      'https://h.example/tools/onboarding-tracker/#progress=A-b$',
    );
  });

  it('round-trips a real payload through the link, "+" included', () => {
    const tracker = createTracker({ trackerId: 'sales-1', roleId: 'sales', startDate: '2025-03-03', personName: 'Ana Lima', track: 'ae' });
    const payloads = [
      'N4Ig+g1g9g-$',
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((n) => encodeProgress({ ...tracker, personName: `Ana ${n}` }, { includeName: true })),
    ];
    expect(payloads.some((p) => p.includes('+'))).toBe(true);
    for (const payload of payloads) {
      expect(progressFromHash(new URL(progressUrl('https://h.example/t/', payload)).hash)).toBe(payload);
    }
  });

  it('writes dates in words and names tracked plans', () => {
    expect(shortDate('2025-03-03')).toBe('Mon 3 Mar 2025');
    expect(longDate('2025-03-03')).toBe('3 March 2025');
    const base = { trackerId: 'sales-1', roleId: 'sales', startDate: '2025-03-03', done: {}, notes: {} };
    expect(trackerLabel({ ...base, personName: 'Ana', track: 'ae' }, sales)).toBe('Ana · Sales: Account executive (AE)');
    expect(trackerLabel(base, sales)).toBe('Sales, from Mon 3 Mar 2025');
  });
});
