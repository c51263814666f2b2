/**
 * A short two-note chime made with the Web Audio API (no audio file to load). Browsers only let a page
 * make sound after a click or key press, so the context is created when the facilitator turns the
 * sound on, and reused.
 */
let context: AudioContext | null = null;

/** Create (or wake) the audio context; call from the click that turns the sound on. */
export function unlockChime(): void {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
  } catch {
    context = null;
  }
}

/** Play the chime: two soft sine notes, under a second in all. Silent where Web Audio is unavailable. */
export function playChime(): void {
  unlockChime();
  const ctx = context;
  if (!ctx) return;
  const start = ctx.currentTime + 0.02;
  [880, 660].forEach((frequency, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    const t = start + i * 0.3;
    // A quick rise and an exponential fade avoid clicks at the start and end of each note.
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.25, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.4);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + 0.45);
  });
}
