// Published answers: what others asked and what the authority answered (no names, phones or
// addresses — the server never sends them). Search as you type, kept in the URL; "Xem thêm".
import '../public-answers.css';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { EmptyState, ErrorState, LoadingList } from '@/components/feedback-states.js';
import { Highlight } from '@/components/highlight.js';
import { Icon } from '@/components/icons.js';
import { PageLayout } from '@/components/page-layout.js';
import { useDebounced } from '@/lib/use-debounced.js';
import { useQuery } from '@/lib/use-query.js';
import { type AnswerKind, getPublicAnswers, type PublicAnswer } from '../api/get-public-answers.js';

const KIND: Record<AnswerKind, string> = { phan_anh: 'Phản ánh', kien_nghi: 'Kiến nghị', hoi_dap: 'Hỏi đáp' };

const day = (iso: string) => {
  const v = new Date(Date.parse(iso) + 7 * 3600_000);
  return `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`;
};

export function PublicAnswersPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const debounced = useDebounced(q.trim(), 300);
  const first = useQuery(`public-answers:${debounced}`, (signal) => getPublicAnswers(debounced, 0, signal));
  // Pages after the first, for the query they were loaded for (a new query starts over).
  const [extra, setExtra] = useState<{ q: string; items: PublicAnswer[] }>({ q: '', items: [] });
  const more = extra.q === debounced ? extra.items : [];
  const [moreState, setMoreState] = useState<'idle' | 'loading' | 'error'>('idle');

  async function loadMore() {
    setMoreState('loading');
    try {
      const next = await getPublicAnswers(debounced, (first.data?.items.length ?? 0) + more.length);
      setExtra({ q: debounced, items: [...more, ...next.items] });
      setMoreState('idle');
    } catch {
      setMoreState('error');
    }
  }

  const items = [...(first.data?.items ?? []), ...more];
  const total = first.data?.total ?? 0;
  const terms = debounced.split(/\s+/).filter(Boolean);

  return (
    <PageLayout title="Câu trả lời công khai">
      <p className="muted">Câu hỏi, phản ánh người gửi đồng ý công khai và câu trả lời của cơ quan. Không kèm thông tin cá nhân.</p>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to older Zalo webviews */}
      <form className="search-form search-form-page" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="public-search" className="visually-hidden">
          Tìm câu trả lời
        </label>
        <Icon name="search" />
        <input
          id="public-search"
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          placeholder="Ví dụ: khai sinh, đường"
          value={q}
          onChange={(e) => setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })}
        />
      </form>
      {first.loading && <LoadingList count={3} />}
      {first.error && <ErrorState error={first.error} onRetry={first.retry} />}
      {first.data && (
        <p className="muted" aria-live="polite">
          {total === 0 ? '' : debounced ? `${total} câu trả lời khớp “${debounced}”` : `${total} câu trả lời`}
        </p>
      )}
      {first.data && total === 0 && (
        <EmptyState title={debounced ? 'Không có câu trả lời nào khớp' : 'Chưa có câu trả lời nào được công khai'}>
          <p>
            Bạn có thể <Link to="/feedback/new">gửi câu hỏi hoặc phản ánh</Link> của mình.
          </p>
        </EmptyState>
      )}
      <ul className="cards">
        {items.map((a) => (
          <li key={a.id} className="card pa-item">
            <p className="pa-meta">
              {KIND[a.kind]} · {a.unit.name}
            </p>
            <h2 className="card-title">
              <Highlight text={a.subject} terms={terms} />
            </h2>
            <details className="pa-question">
              <summary>Nội dung câu hỏi</summary>
              <p>
                <Highlight text={a.content} terms={terms} />
              </p>
            </details>
            <div className="pa-answer">
              <p className="pa-answer-label">Trả lời</p>
              <p className="pa-answer-text">
                <Highlight text={a.answer} terms={terms} />
              </p>
            </div>
            <p className="pa-meta">
              Gửi {day(a.createdAt)} · trả lời {day(a.answeredAt)}
              {a.daysTaken > 0 ? ` · sau ${a.daysTaken} ngày làm việc` : ''}
            </p>
          </li>
        ))}
      </ul>
      {first.data && items.length < total && (
        <div className="actions-stack">
          <button type="button" className="btn btn-secondary" disabled={moreState === 'loading'} onClick={() => void loadMore()}>
            {moreState === 'loading' ? 'Đang tải…' : 'Xem thêm'}
          </button>
          {moreState === 'error' && (
            <p className="pa-error" role="alert">
              Chưa tải thêm được. Vui lòng thử lại.
            </p>
          )}
        </div>
      )}
    </PageLayout>
  );
}
