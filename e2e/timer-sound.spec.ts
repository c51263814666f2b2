import { expect, test } from './fixtures';
import { FACILITATOR_SEGMENTS } from '../src/presets/workshop-agenda';

const url = '/workshops/day-29/facilitator/';

test.describe('facilitator timer sound', () => {
  test.beforeEach(async ({ page }) => {
    // Count the notes the page plays instead of making a sound on the test machine.
    await page.addInitScript(() => {
      const w = window as unknown as { __notes: number; AudioContext: unknown };
      w.__notes = 0;
      class FakeAudioContext {
        state = 'running';
        currentTime = 0;
        destination = {};
        resume() {
          return Promise.resolve();
        }
        createGain() {
          const param = { setValueAtTime() {}, exponentialRampToValueAtTime() {} };
          return { gain: param, connect: (d: unknown) => d };
        }
        createOscillator() {
          w.__notes += 1;
          return { type: '', frequency: { value: 0 }, connect: (d: unknown) => d, start() {}, stop() {} };
        }
      }
      w.AudioContext = FakeAudioContext;
    });
  });

  test('is off by default, and once on, chimes when a segment’s time is up but not on Skip', async ({ page }) => {
    const t0 = new Date('2026-11-23T09:00:00');
    await page.clock.install({ time: t0 });
    await page.goto(url);
    const mode = page.locator('.ws-facilitator[data-hydrated]');
    await mode.waitFor();
    await page.clock.pauseAt(new Date(t0.getTime() + 60_000));
    const notes = () => page.evaluate(() => (window as unknown as { __notes: number }).__notes);
    const toggle = mode.getByLabel('Play a short sound when a segment’s time is up');
    await expect(toggle).not.toBeChecked();

    // Off: a segment ending makes no sound.
    const [first, second] = FACILITATOR_SEGMENTS;
    await mode.getByRole('button', { name: 'Start' }).click();
    await page.clock.fastForward(first!.durationMs + 1_000);
    await expect(mode.locator('.ws-timer-segment')).toHaveText(second!.label);
    expect(await notes()).toBe(0);

    await toggle.check();
    await mode.getByRole('button', { name: 'Skip to next' }).click();
    await expect(mode.locator('.ws-timer-segment')).toHaveText(FACILITATOR_SEGMENTS[2]!.label);
    expect(await notes()).toBe(0);
    await page.clock.fastForward(FACILITATOR_SEGMENTS[2]!.durationMs + 1_000);
    await expect(mode.locator('.ws-timer-segment')).toHaveText(FACILITATOR_SEGMENTS[3]!.label);
    await expect.poll(notes).toBe(2);

    await page.reload();
    await expect(page.locator('.ws-facilitator[data-hydrated]').getByLabel('Play a short sound when a segment’s time is up')).toBeChecked();
  });
});
