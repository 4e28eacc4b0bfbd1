import { useLocality } from '@/api/get-locality.js';
import { ArticleList, formatDay } from '@/components/article-list.js';
import { ExternalLink } from '@/components/call-link.js';
import { ErrorState, LoadingList } from '@/components/feedback-states.js';
import { PageLayout } from '@/components/page-layout.js';
import { useGuides } from '../api/get-guides.js';

export function GuidesPage() {
  const guides = useGuides();
  const locality = useLocality();
  const items = [...(guides.data?.items ?? [])].sort((a, b) => a.order - b.order);
  return (
    <PageLayout title="Dịch vụ công trực tuyến">
      {locality.data && (
        <div className="card">
          <p>Nhiều thủ tục có thể làm trên mạng, không phải đến cơ quan.</p>
          <ExternalLink className="btn btn-primary" href={locality.data.portalUrl}>
            Mở Cổng Dịch vụ công
          </ExternalLink>
        </div>
      )}
      <h2 className="section-title">Hướng dẫn</h2>
      {guides.loading && <LoadingList />}
      {guides.error && <ErrorState error={guides.error} onRetry={guides.retry} />}
      {guides.data && items.length === 0 && <p className="muted">Chưa có hướng dẫn.</p>}
      {items.length > 0 && (
        <ArticleList basePath="/guides" items={items.map((g) => ({ ...g, meta: `Cập nhật ${formatDay(g.updatedAt)}` }))} />
      )}
    </PageLayout>
  );
}
