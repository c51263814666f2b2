/**
 * The Day 29 agenda's shape, and a schedule from a chosen start time (the seed's parts and minutes
 * are in `src/data/workshop/agenda.ts`).
 * The seed states "60 minutes total" but its parts add up to more; the schedule reports both
 * figures and a note instead of silently choosing one.
 */
import { workshopMessages } from './messages';
import type { ExerciseId } from './worksheets/types';

/** A timed step of the agenda (a challenge, or a part without challenges). */
export interface AgendaSegment {
  id: string;
  /** The seed's heading without its minutes. */
  label: string;
  minutes: number;
}

/** An agenda part ("Exercise 29A: …") with its timed segments. */
export interface AgendaPart {
  id: ExerciseId;
  /** The seed's heading without its minutes. */
  label: string;
  /** The minutes the seed prints on the part's heading; null when it prints none. */
  statedMinutes: number | null;
  path: string;
  segments: AgendaSegment[];
  /** Steps the seed lists without minutes; they get no time in the schedule. */
  untimed: Array<{ id: string; label: string }>;
}

/** Every timed segment in order, with its part. */
export function agendaSegments(agenda: readonly AgendaPart[]): Array<AgendaSegment & { partId: ExerciseId }> {
  return agenda.flatMap((p) => p.segments.map((s) => ({ ...s, partId: p.id })));
}

/** Parse "HH:MM" or "H:MM" (24-hour) into minutes after midnight; null when it is not a time. */
export function parseClockTime(text: string): number | null {
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? h * 60 + min : null;
}

/** Minutes after midnight as "HH:MM", wrapping past midnight. */
export function clockTime(minutesAfterMidnight: number): string {
  const wrapped = ((Math.round(minutesAfterMidnight) % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** A start and end on the clock. */
export interface Slot {
  /** Minutes from the workshop's start. */
  offsetMinutes: number;
  start: string;
  end: string;
  /** 1 when the slot starts after midnight of the start day. */
  dayOffset: number;
}

/** A scheduled segment. */
export interface ScheduledSegment extends AgendaSegment, Slot {
  partId: ExerciseId;
}

/** A scheduled part, with its segments' sum checked against the minutes on its heading. */
export interface ScheduledPart extends Slot {
  id: ExerciseId;
  label: string;
  minutes: number;
  statedMinutes: number | null;
  /** The segments' minutes differ from the minutes on the part's heading. */
  minutesDiffer: boolean;
  segments: ScheduledSegment[];
  untimed: AgendaPart['untimed'];
}

/** The schedule for a start time, or why there is none. */
export type AgendaSchedule =
  | {
      ok: true;
      parts: ScheduledPart[];
      segments: ScheduledSegment[];
      start: string;
      end: string;
      /** Sum of every timed segment. */
      totalMinutes: number;
      statedTotalMinutes: number;
      totalDiffers: boolean;
      /** Says how the sum and the stated total differ; null when they agree. */
      note: string | null;
    }
  | { ok: false; message: string };

/** Schedule the agenda from a start time "HH:MM". */
export function computeAgenda(startTime: string, agenda: readonly AgendaPart[], statedTotalMinutes: number): AgendaSchedule {
  const start = parseClockTime(startTime);
  if (start === null) return { ok: false, message: workshopMessages.startTimeInvalid };
  const slot = (offset: number, minutes: number): Slot => ({
    offsetMinutes: offset,
    start: clockTime(start + offset),
    end: clockTime(start + offset + minutes),
    dayOffset: Math.floor((start + offset) / 1440),
  });
  let offset = 0;
  const parts = agenda.map((p): ScheduledPart => {
    const partStart = offset;
    const segments = p.segments.map((s): ScheduledSegment => {
      const scheduled = { ...s, partId: p.id, ...slot(offset, s.minutes) };
      offset += s.minutes;
      return scheduled;
    });
    const minutes = offset - partStart;
    return {
      id: p.id,
      label: p.label,
      minutes,
      statedMinutes: p.statedMinutes,
      minutesDiffer: p.statedMinutes !== null && p.statedMinutes !== minutes,
      segments,
      untimed: p.untimed,
      ...slot(partStart, minutes),
    };
  });
  const totalMinutes = offset;
  const totalDiffers = totalMinutes !== statedTotalMinutes;
  return {
    ok: true,
    parts,
    segments: parts.flatMap((p) => p.segments),
    start: clockTime(start),
    end: clockTime(start + totalMinutes),
    totalMinutes,
    statedTotalMinutes,
    totalDiffers,
    note: totalDiffers ? workshopMessages.agendaTotalDiffers(totalMinutes, statedTotalMinutes) : null,
  };
}
