// "Phản ánh của tôi": what this device sent, newest first, with its status; each opens its status page.
import { Link } from 'react-router-dom';
import { PageLayout } from '@/components/page-layout.js';
import { SentList } from './sent-list.js';

export function MyFeedbackPage() {
  return (
    <PageLayout title="Phản ánh của tôi" tab>
      <SentList />
      <div className="actions actions-stack">
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
