/**
 * The Day 29 room view's reading of exported files, bound to the workshop's worksheets and assessments.
 * Apart from `workshop.ts` so only the room view's page ships it.
 */
import { WORKSHOP } from '../data/workshop/index';
import { readRoomFiles as readIn, summarizeRoom as summarizeIn, type RoomFile, type RoomFiles, type RoomParticipant, type RoomSummary } from '../lib/workshop/room';

/** Read dropped files in order: each becomes a participant, a refusal with its reason, or a duplicate. */
export function readRoomFiles(files: readonly RoomFile[]): RoomFiles {
  return readIn(WORKSHOP, files);
}

/** The room view of the participants read: both assessments and every worksheet question side by side. */
export function summarizeRoom(participants: readonly RoomParticipant[]): RoomSummary {
  return summarizeIn(WORKSHOP, participants);
}
