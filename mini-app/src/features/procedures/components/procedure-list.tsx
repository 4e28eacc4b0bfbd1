// Procedure results: the short plain title (curated) or the official name, with matches
// marked, then the official name under a plain title, the field and how it can be done online.
import { Link } from 'react-router-dom';
import { Highlight } from '@/components/highlight.js';
import { Icon } from '@/components/icons.js';
import type { ProcedureSummary } from '@/types/api.js';
import { procedureTitle, SHORT_ONLINE_LABEL } from '../utils/labels.js';

export function ProcedureList({
  items,
  highlight = [],
  fieldNames,
}: {
  items: ProcedureSummary[];
  highlight?: string[];
  /** field names to show under each result; none when the list is one field already */
  fieldNames?: Map<string, string>;
}) {
  return (
    <ul className="list">
      {items.map((p) => {
        const online = SHORT_ONLINE_LABEL[p.online];
        const title = procedureTitle(p);
        const field = fieldNames?.get(p.field);
        return (
          <li key={p.code}>
            <Link className="list-item" to={`/procedures/${encodeURIComponent(p.code)}`}>
              <span className="list-item-main">
                <span className="list-item-title">
                  <Highlight text={title} terms={highlight} />
                </span>
                {title !== p.name && (
                  <span className="list-item-sub list-item-official">
                    <Highlight text={p.name} terms={highlight} />
                  </span>
                )}
                {(field || online) && (
                  <span className="list-item-sub">
                    {field}
                    {online && <span className="badge badge-online">{online}</span>}
                  </span>
                )}
              </span>
              <Icon name="chevron" />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
