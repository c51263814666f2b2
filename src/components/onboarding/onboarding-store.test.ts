// @vitest-environment jsdom
import { ONBOARDING_STORAGE_KEY, createTracker, onboardingMessages } from '../../lib/onboarding';

const ana = createTracker({ trackerId: 'sales-1', roleId: 'sales', startDate: '2025-03-03', personName: 'Ana', track: 'ae' });
const ben = createTracker({ trackerId: 'engineering-1', roleId: 'engineering', startDate: '2025-04-07' });

/** The store as a fresh page load sees it: it reads this browser's storage when the module loads. */
async function freshStore() {
  vi.resetModules();
  return import('../../stores/onboarding');
}

function otherTab(newValue: string | null) {
  if (newValue === null) localStorage.removeItem(ONBOARDING_STORAGE_KEY);
  else localStorage.setItem(ONBOARDING_STORAGE_KEY, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key: ONBOARDING_STORAGE_KEY, newValue }));
}

describe('onboarding store', () => {
  beforeEach(() => localStorage.clear());

  it('keeps plans apart, saves every change and reads them back', async () => {
    const store = await freshStore();
    const off = store.onboarding.$value.listen(() => {});
    store.addTracker(ana);
    store.addTracker(ben);
    store.markTask('sales-1', 'bant', '2025-03-07');
    store.noteTask('engineering-1', 'first-change', 'Pairing with Kim.');
    store.openTracker('sales-1');
    off();
    const reloaded = (await freshStore()).onboarding.$value.get();
    expect(reloaded.activeTrackerId).toBe('sales-1');
    expect(reloaded.trackers.map((t) => [t.trackerId, t.done, t.notes])).toEqual([
      ['sales-1', { bant: '2025-03-07' }, {}],
      ['engineering-1', {}, { 'first-change': 'Pairing with Kim.' }],
    ]);
  });

  it('opens the next plan when the open one is removed', async () => {
    const store = await freshStore();
    store.addTracker(ana);
    store.addTracker(ben);
    store.openTracker('sales-1');
    store.deleteTracker('sales-1');
    expect(store.onboarding.$value.get()).toMatchObject({ activeTrackerId: 'engineering-1', trackers: [{ trackerId: 'engineering-1' }] });
    store.deleteTracker('engineering-1');
    expect(store.onboarding.$value.get()).toEqual({ version: 1, trackers: [] });
  });

  it('keeps the readable plans of a partly damaged save and says how many were left out', async () => {
    localStorage.setItem(ONBOARDING_STORAGE_KEY, JSON.stringify({ version: 1, trackers: [ana, { ...ben, startDate: 'soon' }] }));
    const store = await freshStore();
    expect(store.onboarding.$value.get().trackers).toEqual([ana]);
    expect(store.$onboardingRepair.get()).toBe(onboardingMessages.trackersDropped(1));
    expect(store.onboarding.$notice.get()).toBeNull();
  });

  it('falls back to no plans with a notice when the save cannot be read at all', async () => {
    localStorage.setItem(ONBOARDING_STORAGE_KEY, '{oops');
    const store = await freshStore();
    expect(store.onboarding.$value.get()).toEqual({ version: 1, trackers: [] });
    expect(store.onboarding.$notice.get()).toBe('corrupt');
  });

  it('follows another tab, and forgets the plans when another tab clears them', async () => {
    const store = await freshStore();
    const off = store.onboarding.$value.listen(() => {});
    otherTab(JSON.stringify({ version: 1, trackers: [ben] }));
    expect(store.onboarding.$value.get().trackers).toEqual([ben]);
    otherTab('{"version":1,"trackers":"junk"}');
    expect(store.onboarding.$value.get()).toEqual({ version: 1, trackers: [] });
    otherTab(null);
    expect(store.onboarding.$value.get()).toEqual({ version: 1, trackers: [] });
    off();
  });

  it('asks nothing of storage when only reading', async () => {
    const saved = JSON.stringify({ version: 1, trackers: [ana] });
    localStorage.setItem(ONBOARDING_STORAGE_KEY, saved);
    const store = await freshStore();
    const off = store.onboarding.$value.listen(() => {});
    expect(store.onboarding.$value.get().trackers).toEqual([ana]);
    off();
    expect(localStorage.getItem(ONBOARDING_STORAGE_KEY)).toBe(saved);
  });
});
