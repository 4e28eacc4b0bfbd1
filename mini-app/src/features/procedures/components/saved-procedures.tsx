// The procedures saved on this device (last ones opened), each a link to its page, which opens
// without a network. Shown by "Của tôi" and by the screen a failed download leaves behind.
import { Link } from 'react-router-dom';
import { Icon } from '@/components/icons.js';
import type { loadRecent } from '../utils/procedure-cache.js';

export function SavedProcedureLinks({ saved }: { saved: ReturnType<typeof loadRecent> }) {
  return (
    <ul className="list">
      {saved.map((e) => (
        <li key={e.procedure.code}>
          <Link className="list-item" to={`/procedures/${encodeURIComponent(e.procedure.code)}`}>
            <span className="list-item-main">
              <span className="list-item-title">{e.procedure.shortName ?? e.procedure.name}</span>
            </span>
            <Icon name="chevron" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
