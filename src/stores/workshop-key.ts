/** Where the Day 29 workshop state is saved: its tool id and the version of its stored shape. */
export const WORKSHOP_TOOL = 'day-29';
/** Version of the stored Day 29 workshop state. */
export const WORKSHOP_STATE_VERSION = 1;
