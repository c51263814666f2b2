import { useId } from 'react';
import type { OrgNode } from '../../../lib/stage-planner/org-chart';
import { formatHeadcount } from '../../content/org-chart-summary';
import '../../../styles/org-chart.css';

/** One node of the tree, in the markup of the site's org charts. */
function Node({ node, root = false }: { node: OrgNode; root?: boolean }) {
  const h = node.headcount;
  const spoken = h ? (h.min === h.max ? `${h.min} ${h.min === 1 ? 'person' : 'people'}` : `${h.min} to ${h.max} people`) : '';
  return (
    <li>
      <span className={['hb-org-node', root ? 'hb-org-root' : '', h ? 'hb-org-counted' : ''].filter(Boolean).join(' ')}>
        <span className="hb-org-label">{node.label}</span>
        {h && (
          <span className="hb-org-count">
            <span aria-hidden="true">{formatHeadcount(h)}</span>
            <span className="sr-only">, {spoken}</span>
          </span>
        )}
      </span>
      {node.children && node.children.length > 0 && (
        <ul role="list">
          {node.children.map((c) => (
            <Node key={c.label} node={c} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** An org chart built from data, looking like the playbook's (same classes and stylesheet). */
export function OrgChartView({ root, kicker, title, total }: { root: OrgNode; kicker: string; title: string; total: string }) {
  const id = useId();
  return (
    <figure className="hb-org not-content" aria-labelledby={id}>
      <figcaption id={id}>
        <span className="hb-org-kicker">{kicker}</span>
        <span className="hb-org-title">{title}</span>
      </figcaption>
      <ul className="hb-org-tree" role="list">
        <Node node={root} root />
      </ul>
      <div className="hb-org-total">
        <p className="hb-org-total-line">
          <strong>{total}</strong>
        </p>
      </div>
    </figure>
  );
}
