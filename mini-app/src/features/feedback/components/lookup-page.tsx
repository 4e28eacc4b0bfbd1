// "Tra cứu phản ánh": tracking code + last 4 phone digits → the status page; wrong → a kind
// "không tìm thấy" message here, so the person can correct what they typed.
import '../feedback.css';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageLayout } from '@/components/page-layout.js';
import { ApiError } from '@/lib/api-client.js';
import { trackFeedback } from '../api/track-feedback.js';
import { NotFoundNotice } from './not-found-notice.js';
import { TextField } from './text-field.js';

/** "pa 2026 123" / "PA-2026-000123" → "PA-2026-000123"; null when it cannot be a code. */
export function normalizeCode(input: string): string | null {
  const m = /^(PA|KN|HD)[\s-]*(\d{4})[\s-]*(\d{1,})$/i.exec(input.trim());
  if (!m) return null;
  const [, kind = '', year = '', seq = ''] = m;
  return `${kind.toUpperCase()}-${year}-${seq.padStart(6, '0')}`;
}

export function FeedbackLookupPage() {
  const navigate = useNavigate();
  // A link in a message ("Xem câu trả lời: …/feedback/lookup?code=PA-…") fills the code in.
  const [params] = useSearchParams();
  const [code, setCode] = useState(() => params.get('code') ?? '');
  const [last4, setLast4] = useState('');
  const [errors, setErrors] = useState<{ code?: string; last4?: string }>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<'notFound' | string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const normalized = normalizeCode(code);
    const found: typeof errors = {};
    if (!code.trim()) found.code = 'Vui lòng nhập mã theo dõi.';
    else if (!normalized) found.code = 'Mã theo dõi có dạng PA-2026-000123.';
    if (!/^\d{4}$/.test(last4.trim())) found.last4 = 'Nhập đúng 4 chữ số cuối của số điện thoại.';
    setErrors(found);
    setResult(null);
    if (found.code || found.last4 || !normalized) return;
    setBusy(true);
    try {
      const data = await trackFeedback(normalized, last4.trim());
      navigate(`/feedback/status/${encodeURIComponent(normalized)}`, { state: { phoneLast4: last4.trim(), data } });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) setResult('notFound');
      else setResult(err instanceof Error ? err.message : 'Đã có lỗi xảy ra. Vui lòng thử lại.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageLayout title="Tra cứu phản ánh">
      <form className="card" onSubmit={submit} noValidate>
        <p>Nhập mã theo dõi bạn nhận được khi gửi và 4 số cuối số điện thoại đã dùng.</p>
        <TextField
          id="fb-lookup-code"
          label="Mã theo dõi"
          required
          value={code}
          onChange={setCode}
          placeholder="Ví dụ: PA-2026-000123"
          autoComplete="off"
          error={errors.code}
        />
        <TextField
          id="fb-lookup-last4"
          label="4 số cuối điện thoại"
          required
          inputMode="numeric"
          maxLength={4}
          value={last4}
          onChange={setLast4}
          placeholder="Ví dụ: 5678"
          error={errors.last4}
        />
        <button type="submit" className="btn btn-primary fb-submit" disabled={busy}>
          {busy ? 'Đang tra cứu…' : 'Tra cứu'}
        </button>
      </form>
      {result === 'notFound' && <NotFoundNotice lookupLink={false} />}
      {result && result !== 'notFound' && (
        <p className="fb-error" role="alert">
          {result}
        </p>
      )}
      <ul className="list">
        <li>
          <Link className="list-item" to="/feedback/mine">
            <span className="list-item-main">
              <span className="list-item-title">Phản ánh đã gửi từ máy này</span>
            </span>
          </Link>
        </li>
        <li>
          <Link className="list-item" to="/feedback/public">
            <span className="list-item-main">
              <span className="list-item-title">Câu trả lời đã công khai</span>
            </span>
          </Link>
        </li>
      </ul>
    </PageLayout>
  );
}
