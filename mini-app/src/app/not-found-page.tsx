import { Link } from 'react-router-dom';
import { PageLayout } from '@/components/page-layout.js';

export function NotFoundPage() {
  return (
    <PageLayout title="Không tìm thấy trang">
      <div className="state">
        <h2 className="state-title">Không tìm thấy trang này</h2>
        <Link className="btn btn-primary" to="/">
          Về trang chủ
        </Link>
      </div>
    </PageLayout>
  );
}
