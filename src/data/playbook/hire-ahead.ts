/** Recruiting lead time from the playbook's first hiring principle ("hire 3–6 months ahead"), in months. */
export const hireAheadMonths = { min: 3, max: 6 } as const;
