/**
 * Which Stage 4 exit criteria a recorded deliverable already meets, read from the tools' saved state.
 * Kept free of zod and the tools' logic so the guide's small script stays small: it checks only the
 * few fields it reads, and anything unexpected counts as "not recorded".
 */
import { storageKey } from '../persist/versioned';

/** A criterion a tool's recorded deliverable can meet. */
export interface RecordedCriterion {
  /** The checklist item id (from its label). */
  itemId: string;
  /** Storage key of the tool's saved state. */
  key: string;
  /** The tool's page. */
  href: string;
  /** What was recorded, from the saved state; null when nothing is. */
  read: (value: unknown) => { summary: string; decidedOn: string } | null;
}

const obj = (v: unknown): Record<string, unknown> | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const date = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

/** The three Stage 4 criteria the decision tools record. */
export const STAGE4_RECORDED: readonly RecordedCriterion[] = [
  {
    itemId: 'explicit-icp-strategy-selected',
    key: storageKey('icp-strategy', 1),
    href: '/tools/icp-strategy/',
    read: (v) => {
      const d = obj(obj(v)?.decision);
      const on = date(d?.decidedOn);
      if (!d || !on || (d.choice !== 'primary' && d.choice !== 'multi')) return null;
      return { summary: d.choice === 'primary' ? 'Primary ICP focus' : 'Multi-ICP strategy', decidedOn: on };
    },
  },
  {
    itemId: 'channel-tiers-defined',
    key: storageKey('channel-tiers', 1),
    href: '/tools/channel-tiers/',
    read: (v) => {
      const o = obj(v);
      const on = date(obj(o?.record)?.decidedOn);
      const rows = Array.isArray(o?.rows) ? o.rows.length : 0;
      return on && rows > 0 ? { summary: `Tiered channel map (${rows} channel${rows === 1 ? '' : 's'})`, decidedOn: on } : null;
    },
  },
  {
    itemId: 'organizational-design-documented',
    key: storageKey('org-design', 1),
    href: '/tools/org-design/',
    read: (v) => {
      const on = date(obj(obj(v)?.record)?.decidedOn);
      return on ? { summary: 'Organizational design', decidedOn: on } : null;
    },
  },
];

/** Read one criterion from a raw stored string; broken JSON is "not recorded". */
export function readRecorded(criterion: RecordedCriterion, raw: string | null): { summary: string; decidedOn: string } | null {
  if (raw === null) return null;
  try {
    return criterion.read(JSON.parse(raw));
  } catch {
    return null;
  }
}
