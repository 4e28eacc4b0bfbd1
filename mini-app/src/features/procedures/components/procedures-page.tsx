// Procedures: search as you type (debounced), or browse by field. Commune-level procedures
// (what the xã handles) by default, with a switch to every level. The query lives in the URL
// so back and reload keep it; long lists read to their end with "Xem thêm". An empty result
// offers the assistant and a hotline.
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingList } from '@/components/feedback-states.js';
import { HelpContacts } from '@/components/help-contacts.js';
import { Icon } from '@/components/icons.js';
import { PageLayout } from '@/components/page-layout.js';
import { useDebounced } from '@/lib/use-debounced.js';
import { useFields } from '../api/get-fields.js';
import { PAGE_SIZE, useSearchProcedures } from '../api/search-procedures.js';
import { ProcedureList } from './procedure-list.js';

const collator = new Intl.Collator('vi');

function LevelSwitch({ all, onChange }: { all: boolean; onChange: (all: boolean) => void }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a pair of toggle buttons, labelled as a group
    <div className="segmented" role="group" aria-label="Cấp thực hiện">
      <button type="button" className="segmented-option" aria-pressed={!all} onClick={() => onChange(false)}>
        Cấp xã
      </button>
      <button type="button" className="segmented-option" aria-pressed={all} onClick={() => onChange(true)}>
        Mọi cấp
      </button>
    </div>
  );
}

export function ProceduresPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const field = params.get('field') ?? '';
  const allLevels = params.get('level') === 'all';
  const debouncedQ = useDebounced(q.trim(), 300);
  const fields = useFields();
  const fieldNames = useMemo(() => new Map(fields.data?.items.map((f) => [f.id, f.name])), [fields.data]);
  const sortedFields = useMemo(
    () =>
      [...(fields.data?.items ?? [])]
        .filter((f) => (allLevels ? f.count : (f.communeCount ?? f.count)) > 0)
        .sort((a, b) => collator.compare(a.name, b.name)),
    [fields.data, allLevels],
  );
  const asking = debouncedQ || field;
  const searchParams = useMemo(
    () => (asking ? { q: debouncedQ || undefined, field: field || undefined, level: allLevels ? undefined : ('xa' as const) } : null),
    [asking, debouncedQ, field, allLevels],
  );
  const search = useSearchProcedures(searchParams);
  const fieldName = field ? fieldNames.get(field) : undefined;

  const update = (next: { q?: string; field?: string; level?: string }) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };
  const setAll = (all: boolean) => update({ level: all ? 'all' : '' });

  return (
    <PageLayout title={fieldName ?? 'Thủ tục hành chính'} tab>
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
      <div className="filter-row">
        <LevelSwitch all={allLevels} onChange={setAll} />
        {/* The field's name is the screen's title already. */}
        {field && (
          <button type="button" className="btn btn-link" onClick={() => update({ field: '' })}>
            Bỏ lọc lĩnh vực
          </button>
        )}
      </div>

      {!asking && (
        <section aria-labelledby="fields-title">
          <h2 id="fields-title" className="section-title">
            Tìm theo lĩnh vực
          </h2>
          {fields.loading && <LoadingList count={6} />}
          {fields.error && <ErrorState error={fields.error} onRetry={fields.retry} />}
          {fields.data && (
            <ul className="list">
              {/* A field with no procedures would be a dead end: not listed. */}
              {sortedFields.map((f) => (
                <li key={f.id}>
                  <Link className="list-item" to={`/procedures?field=${encodeURIComponent(f.id)}${allLevels ? '&level=all' : ''}`}>
                    <span className="list-item-main">
                      <span className="list-item-title">{f.name}</span>
                      <span className="list-item-sub">{allLevels ? f.count : (f.communeCount ?? f.count)} thủ tục</span>
                    </span>
                    <Icon name="chevron" />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {asking && (
        <section aria-label="Kết quả" aria-busy={search.loading}>
          {search.loading && <LoadingList />}
          {search.error && <ErrorState error={search.error} onRetry={search.retry} />}
          {search.data && search.items.length > 0 && (
            <>
              <p className="muted" aria-live="polite">
                {search.data.total} thủ tục{allLevels ? '' : ' cấp xã'}
                {search.items.length < search.data.total && ` · đang hiện ${search.items.length}`}
              </p>
              <ProcedureList items={search.items} highlight={search.data.highlight} fieldNames={field ? undefined : fieldNames} />
              {search.moreError && <p className="notice notice-offline">{search.moreError.message}</p>}
              {search.hasMore && (
                <button type="button" className="btn btn-secondary btn-block" onClick={search.loadMore} disabled={search.loadingMore}>
                  {search.loadingMore ? 'Đang tải…' : `Xem thêm ${Math.min(PAGE_SIZE, search.data.total - search.items.length)} thủ tục`}
                </button>
              )}
              {!allLevels && (
                <p className="muted level-hint">
                  Không thấy thủ tục cần tìm?{' '}
                  <button type="button" className="btn btn-link" onClick={() => setAll(true)}>
                    Xem thủ tục ở mọi cấp
                  </button>
                </p>
              )}
            </>
          )}
          {search.data && search.items.length === 0 && (
            <div className="state" aria-live="polite">
              <h2 className="state-title">{allLevels ? 'Chưa tìm thấy thủ tục phù hợp' : 'Chưa tìm thấy thủ tục cấp xã phù hợp'}</h2>
              {!allLevels && (
                <p>
                  <button type="button" className="btn btn-secondary" onClick={() => setAll(true)}>
                    Tìm ở mọi cấp (tỉnh, trung ương)
                  </button>
                </p>
              )}
              <HelpContacts chatQuery={debouncedQ} intro="Bạn có thể hỏi trợ lý bằng lời của mình, hoặc gọi để được hướng dẫn." />
            </div>
          )}
        </section>
      )}
    </PageLayout>
  );
}
