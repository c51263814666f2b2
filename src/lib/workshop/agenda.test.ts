import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AGENDA, agendaSegments, clockTime, computeAgenda, parseClockTime, STATED_TOTAL_MINUTES } from '../../presets/workshop';
import { workshopMessages } from './messages';

const seed = readFileSync(fileURLToPath(new URL('../../data/workshop/day-29.txt', import.meta.url)), 'utf8');

/** The seed's agenda from its headings: "## Part (N minutes)" and "### Step (N minutes)", up to the resources. */
function seedAgenda() {
  const body = seed.slice(seed.indexOf('## Pre-Exercise Setup'), seed.indexOf('## Resources & Support'));
  const parts: Array<{ label: string; minutes: number | null; steps: Array<{ label: string; minutes: number | null }> }> = [];
  for (const line of body.split('\n')) {
    const m = /^(##|###) (.*?)(?: \((\d+) minutes?\))?$/.exec(line);
    if (!m) continue;
    const entry = { label: m[2] ?? '', minutes: m[3] ? Number(m[3]) : null };
    if (m[1] === '##') parts.push({ ...entry, steps: [] });
    else parts.at(-1)?.steps.push(entry);
  }
  return parts;
}

describe('agenda data', () => {
  const parts = seedAgenda();

  it('has the seed parts with the minutes on their headings', () => {
    expect(AGENDA.map((p) => [p.label, p.statedMinutes])).toEqual(parts.map((p) => [p.label, p.minutes]));
  });

  it('has the seed steps: timed ones as segments, untimed ones listed, a part without timed steps as one segment', () => {
    parts.forEach((p, i) => {
      const part = AGENDA[i];
      const timed = p.steps.filter((s) => s.minutes !== null);
      const expected = timed.length > 0 ? timed : p.steps.slice(0, 1).map((s) => ({ label: s.label, minutes: p.minutes }));
      expect(part?.segments.map((s) => ({ label: s.label, minutes: s.minutes }))).toEqual(expected);
      const untimed = timed.length > 0 ? p.steps.filter((s) => s.minutes === null) : p.steps.slice(1);
      expect(part?.untimed.map((u) => u.label)).toEqual(untimed.map((s) => s.label));
    });
  });

  it('states the total the seed states', () => {
    expect(STATED_TOTAL_MINUTES).toBe(Number(/\*\*Duration:\*\* (\d+) minutes total/.exec(seed)?.[1]));
  });
});

describe('computeAgenda', () => {
  const seedSum = seedAgenda().reduce((s, p) => s + (p.steps.some((x) => x.minutes !== null) ? p.steps.reduce((t, x) => t + (x.minutes ?? 0), 0) : (p.minutes ?? 0)), 0);

  it('sums the parts and notes that the sum differs from the stated total', () => {
    const r = computeAgenda('09:00');
    if (!r.ok) throw new Error(r.message);
    expect(r.totalMinutes).toBe(seedSum);
    expect(r.statedTotalMinutes).toBe(STATED_TOTAL_MINUTES);
    expect(r.totalDiffers).toBe(seedSum !== STATED_TOTAL_MINUTES);
    expect(r.note).toBe(workshopMessages.agendaTotalDiffers(seedSum, STATED_TOTAL_MINUTES));
    expect(r.parts.every((p) => !p.minutesDiffer)).toBe(true);
  });

  it('gives every part and segment a start and end time', () => {
    const r = computeAgenda('09:00');
    if (!r.ok) throw new Error(r.message);
    expect(r.parts.map((p) => `${p.start}–${p.end}`)).toEqual(['09:00–09:05', '09:05–09:30', '09:30–09:50', '09:50–10:00', '10:00–10:05']);
    expect(r.segments.map((s) => s.start)).toEqual(['09:00', '09:05', '09:15', '09:23', '09:30', '09:40', '09:50', '09:55', '10:00']);
    expect(r.end).toBe(clockTime(9 * 60 + seedSum));
    expect(r.parts.at(-1)?.untimed.map((u) => u.label)).toEqual(['12-Month Scaling Roadmap']);
  });

  it('wraps past midnight and marks the next day', () => {
    const r = computeAgenda('23:30');
    if (!r.ok) throw new Error(r.message);
    expect(r.end).toBe('00:35');
    expect(r.segments.at(-1)).toMatchObject({ start: '00:30', dayOffset: 1 });
    expect(r.segments[0]?.dayOffset).toBe(0);
  });

  it('has no note when the sum matches the stated total', () => {
    const r = computeAgenda('08:00', AGENDA, agendaSegments().reduce((s, x) => s + x.minutes, 0));
    expect(r.ok && r.note).toBeNull();
  });

  it.each(['9', '24:00', '12:60', 'noon', '', '9:5'])('refuses the start time %j', (text) => {
    expect(computeAgenda(text)).toEqual({ ok: false, message: workshopMessages.startTimeInvalid });
  });

  it.each([
    ['9:05', 545],
    ['00:00', 0],
    [' 23:59 ', 1439],
  ])('reads %j as %i minutes after midnight', (text, minutes) => {
    expect(parseClockTime(text)).toBe(minutes);
  });
});
