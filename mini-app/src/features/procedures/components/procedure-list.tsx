// Procedure results: name (with matches marked), field and how it can be done online.
import { Link } from 'react-router-dom';
import { Highlight } from '@/components/highlight.js';
import { Icon } from '@/components/icons.js';
import type { ProcedureSummary } from '@/types/api.js';
import { SHORT_ONLINE_LABEL } from '../utils/labels.js';

export function ProcedureList({
  items,
  highlight = [],
  fieldNames,
}: {
  items: ProcedureSummary[];
  highlight?: string[];
  fieldNames?: Map<string, string>;
}) {
  return (
    <ul className="list">
      {items.map((p) => {
        const online = SHORT_ONLINE_LABEL[p.online];
        return (
          <li key={p.code}>
            <Link className="list-item" to={`/procedures/${encodeURIComponent(p.code)}`}>
              <span className="list-item-main">
                <span className="list-item-title">
                  <Highlight text={p.name} terms={highlight} />
                </span>
                <span className="list-item-sub">
                  {fieldNames?.get(p.field) ?? ''}
                  {online && <span className="badge badge-online">{online}</span>}
                </span>
              </span>
              <Icon name="chevron" />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
