// One feedback's status: label, timeline, the answer, rating it, and withdrawing consent.
// The last 4 phone digits come from this device's list, from the lookup, or are asked here.
import '../feedback.css';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ErrorState, LoadingList } from '@/components/feedback-states.js';
import { PageLayout } from '@/components/page-layout.js';
import { ApiError } from '@/lib/api-client.js';
import type { FeedbackStatusView } from '../api/types.js';
import { useFeedbackStatus } from '../api/use-status.js';
import { vnDateTime, vnDay } from '../utils/dates.js';
import { sentLast4 } from '../utils/sent-store.js';
import { EraseSection } from './erase-section.js';
import { kindLabel } from './kind-picker.js';
import { NotFoundNotice } from './not-found-notice.js';
import { RatingForm } from './rating-form.js';
import { TextField } from './text-field.js';

const STATUS_TONE: Record<string, string> = { answered: 'ok', closed: 'done', rejected: 'done', duplicate: 'done' };

export function FeedbackStatusPage() {
  const code = decodeURIComponent(useParams().code ?? '').toUpperCase();
  const state = useLocation().state as { phoneLast4?: string; data?: FeedbackStatusView } | null;
  const [last4, setLast4] = useState<string | null>(() => state?.phoneLast4 ?? sentLast4(code));
  const status = useFeedbackStatus(code, last4, state?.data?.trackingCode === code ? state.data : undefined);

  return (
    <PageLayout title="Trạng thái phản ánh">
      {!last4 && <AskLast4 code={code} onDone={setLast4} />}
      {last4 && status.loading && !status.data && <LoadingList count={3} label="Đang tải trạng thái…" />}
      {last4 &&
        status.error &&
        (status.error instanceof ApiError && status.error.status === 404 ? (
          <NotFoundNotice />
        ) : (
          <ErrorState error={status.error} onRetry={status.reload} title="Chưa tải được trạng thái" />
        ))}
      {last4 && status.data && <StatusView view={status.data} last4={last4} onChanged={status.reload} />}
    </PageLayout>
  );
}

function AskLast4({ code, onDone }: { code: string; onDone: (v: string) => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{4}$/.test(value.trim())) return setError('Nhập đúng 4 chữ số cuối của số điện thoại.');
    onDone(value.trim());
  };
  return (
    <form className="card" onSubmit={submit} noValidate>
      <p>
        Để xem phản ánh <strong>{code}</strong>, nhập 4 số cuối của số điện thoại bạn đã dùng khi gửi.
      </p>
      <TextField
        id="fb-ask-last4"
        label="4 số cuối điện thoại"
        required
        inputMode="numeric"
        maxLength={4}
        value={value}
        onChange={setValue}
        error={error}
      />
      <button type="submit" className="btn btn-primary">
        Xem trạng thái
      </button>
    </form>
  );
}

function StatusView({ view, last4, onChanged }: { view: FeedbackStatusView; last4: string; onChanged: () => void }) {
  const erased = view.timeline.some((t) => t.type === 'erased' || t.type === 'anonymised');
  const canRate = !!view.answer && (view.status === 'answered' || view.status === 'closed');
  return (
    <div className="fb-status">
      <div className="card">
        <p className="fb-status-code">
          {kindLabel(view.kind)} · <span className="fb-mono">{view.trackingCode}</span>
        </p>
        <h2 className="card-title">{view.subject}</h2>
        <p className={`fb-status-badge tone-${STATUS_TONE[view.status] ?? 'open'}`}>{view.statusLabel}</p>
        <dl className="fb-facts">
          <dt>Gửi lúc</dt>
          <dd>{vnDateTime(view.createdAt)}</dd>
          <dt>Hạn trả lời</dt>
          <dd>{vnDay(view.dueAt)}</dd>
          <dt>Đơn vị xử lý</dt>
          <dd>{view.unit.name}</dd>
        </dl>
      </div>

      {view.answer && (
        <section className="card fb-answer" aria-labelledby="fb-answer-title">
          <h2 className="card-title" id="fb-answer-title">
            Câu trả lời
          </h2>
          <p className="fb-answer-text">{view.answer.text}</p>
          <p className="muted">Trả lời lúc {vnDateTime(view.answer.at)}</p>
        </section>
      )}

      {canRate && <RatingForm code={view.trackingCode} last4={last4} />}

      <h2 className="section-title">Quá trình xử lý</h2>
      <ol className="fb-timeline">
        {[...view.timeline].reverse().map((t) => (
          <li key={`${t.at}-${t.type}-${t.label}`}>
            <p className="fb-timeline-label">{t.label}</p>
            {t.note && <p className="fb-timeline-note">{t.note}</p>}
            <p className="muted">{vnDateTime(t.at)}</p>
          </li>
        ))}
      </ol>

      <EraseSection code={view.trackingCode} erased={erased} onErased={onChanged} />
      <p>
        <Link to="/feedback/mine">Phản ánh của tôi</Link>
      </p>
    </div>
  );
}
