// "Phản ánh của tôi": what this device sent, newest first; each opens its status directly.
import '../feedback.css';
import { Link } from 'react-router-dom';
import { EmptyState } from '@/components/feedback-states.js';
import { Icon } from '@/components/icons.js';
import { PageLayout } from '@/components/page-layout.js';
import { vnDateOf, vnDay } from '../utils/dates.js';
import { loadSent } from '../utils/sent-store.js';

export function MyFeedbackPage() {
  const items = loadSent();
  return (
    <PageLayout title="Phản ánh của tôi">
      {items.length === 0 ? (
        <EmptyState title="Máy này chưa gửi phản ánh nào">
          <p>Phản ánh bạn gửi từ máy này sẽ hiện ở đây, kèm mã theo dõi.</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted">Danh sách chỉ lưu trên máy này.</p>
          <ul className="list">
            {items.map((i) => (
              <li key={i.trackingCode}>
                <Link className="list-item" to={`/feedback/status/${encodeURIComponent(i.trackingCode)}`}>
                  <span className="list-item-main">
                    <span className="list-item-title">{i.subject}</span>
                    <span className="list-item-sub">
                      <span className="fb-mono">{i.trackingCode}</span> · gửi {vnDateOf(i.sentAt)} · hạn {vnDay(i.dueAt, false)}
                    </span>
                  </span>
                  <Icon name="chevron" />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions-stack">
        <Link className="btn btn-primary" to="/feedback/new">
          Gửi phản ánh mới
        </Link>
        <Link className="btn btn-secondary" to="/feedback/lookup">
          Tra cứu bằng mã (gửi từ máy khác)
        </Link>
      </div>
    </PageLayout>
  );
}
