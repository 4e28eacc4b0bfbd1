// Related, family and interlinked (liên thông) procedures.
import { Link } from 'react-router-dom';
import { Icon } from '@/components/icons.js';
import type { Procedure, ProcedureRef } from '@/types/api.js';
import { procedureTitle } from '../utils/labels.js';

function RefList({ items }: { items: ProcedureRef[] }) {
  return (
    <ul className="list">
      {items.map((p) => (
        <li key={p.code}>
          <Link className="list-item" to={`/procedures/${encodeURIComponent(p.code)}`}>
            <span className="list-item-main">
              <span className="list-item-title">{procedureTitle(p)}</span>
            </span>
            <Icon name="chevron" />
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function ProcedureLinks({ procedure }: { procedure: Procedure }) {
  // A procedure is listed once: in its interlinked group, else with its family, else as related.
  const shown = new Set<string>([procedure.code, ...procedure.interlinked.flatMap((g) => g.procedures.map((p) => p.code))]);
  const { interlinked } = procedure;
  const familyProcedures = procedure.familyProcedures.filter((p) => !shown.has(p.code));
  for (const p of familyProcedures) shown.add(p.code);
  const relatedProcedures = procedure.relatedProcedures.filter((p) => !shown.has(p.code));
  if (interlinked.length + relatedProcedures.length + familyProcedures.length === 0) return null;
  return (
    <section className="section" aria-labelledby="links-title">
      <h2 id="links-title" className="section-title">
        Thủ tục liên quan
      </h2>
      {interlinked.map((g) => (
        <div key={g.id} className="card">
          <h3 className="card-title">{/^liên thông/i.test(g.name) ? g.name : `Liên thông: ${g.name}`}</h3>
          {g.description && <p>{g.description}</p>}
          <RefList items={g.procedures.filter((p) => p.code !== procedure.code)} />
        </div>
      ))}
      {familyProcedures.length > 0 && (
        <>
          <h3 className="subsection-title">Cùng nhóm, trường hợp khác</h3>
          <RefList items={familyProcedures} />
        </>
      )}
      {relatedProcedures.length > 0 && (
        <>
          <h3 className="subsection-title">Có thể bạn cũng cần</h3>
          <RefList items={relatedProcedures} />
        </>
      )}
    </section>
  );
}
