/** How every Stage 4 deliverable table is shown: a named scroll region, its caption for screen readers only. */
export const S4_TABLE = { region: true, captionHidden: true, scrollClassName: 's4-table' } as const;
