// Procedures: search as you type (debounced), or browse by field. The query lives in the
// URL so back and reload keep it. An empty result offers the assistant and a hotline.
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingList } from '@/components/feedback-states.js';
import { HelpContacts } from '@/components/help-contacts.js';
import { Icon } from '@/components/icons.js';
import { PageLayout } from '@/components/page-layout.js';
import { useDebounced } from '@/lib/use-debounced.js';
import { useFields } from '../api/get-fields.js';
import { useSearchProcedures } from '../api/search-procedures.js';
import { ProcedureList } from './procedure-list.js';

export function ProceduresPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const field = params.get('field') ?? '';
  const debouncedQ = useDebounced(q.trim(), 300);
  const fields = useFields();
  const fieldNames = useMemo(() => new Map(fields.data?.items.map((f) => [f.id, f.name])), [fields.data]);
  const search = useSearchProcedures(debouncedQ || field ? { q: debouncedQ || undefined, field: field || undefined } : null);
  const fieldName = field ? fieldNames.get(field) : undefined;

  const update = (next: { q?: string; field?: string }) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };

  return (
    <PageLayout title={fieldName ?? 'Thủ tục hành chính'}>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to older Zalo webviews */}
      <form className="search-form search-form-page" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="procedure-search" className="visually-hidden">
          Tìm thủ tục
        </label>
        <Icon name="search" />
        <input
          id="procedure-search"
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          placeholder="Ví dụ: khai sinh, tạm trú"
          value={q}
          onChange={(e) => update({ q: e.target.value })}
        />
      </form>
      {field && (
        <p className="filter-row">
          <span>
            Lĩnh vực: <strong>{fieldName ?? field}</strong>
          </span>
          <button type="button" className="btn btn-link" onClick={() => update({ field: '' })}>
            Bỏ lọc
          </button>
        </p>
      )}

      {!debouncedQ && !field && (
        <section aria-labelledby="fields-title">
          <h2 id="fields-title" className="section-title">
            Tìm theo lĩnh vực
          </h2>
          {fields.loading && <LoadingList count={6} />}
          {fields.error && <ErrorState error={fields.error} onRetry={fields.retry} />}
          {fields.data && (
            <ul className="list">
              {/* A field with no procedures would be a dead end: not listed. */}
              {fields.data.items
                .filter((f) => f.count > 0)
                .map((f) => (
                  <li key={f.id}>
                    <Link className="list-item" to={`/procedures?field=${encodeURIComponent(f.id)}`}>
                      <span className="list-item-main">
                        <span className="list-item-title">{f.name}</span>
                        <span className="list-item-sub">{f.count} thủ tục</span>
                      </span>
                      <Icon name="chevron" />
                    </Link>
                  </li>
                ))}
            </ul>
          )}
        </section>
      )}

      {(debouncedQ || field) && (
        <section aria-label="Kết quả" aria-busy={search.loading}>
          {search.loading && <LoadingList />}
          {search.error && <ErrorState error={search.error} onRetry={search.retry} />}
          {search.data && search.data.items.length > 0 && (
            <>
              <p className="muted" aria-live="polite">
                {search.data.total} thủ tục
              </p>
              <ProcedureList items={search.data.items} highlight={search.data.highlight} fieldNames={fieldNames} />
            </>
          )}
          {search.data && search.data.items.length === 0 && (
            <div className="state" aria-live="polite">
              <h2 className="state-title">Chưa tìm thấy thủ tục phù hợp</h2>
              <HelpContacts chatQuery={debouncedQ} intro="Bạn có thể hỏi trợ lý bằng lời của mình, hoặc gọi để được hướng dẫn." />
            </div>
          )}
        </section>
      )}
    </PageLayout>
  );
}
