import { ArticleList, formatDay } from '@/components/article-list.js';
import { ErrorState, LoadingList } from '@/components/feedback-states.js';
import { PageLayout } from '@/components/page-layout.js';
import { useNewsList } from '../api/get-news-list.js';

export function NewsPage() {
  const news = useNewsList();
  return (
    <PageLayout title="Tin tức">
      {news.loading && <LoadingList />}
      {news.error && <ErrorState error={news.error} onRetry={news.retry} />}
      {news.data?.items.length === 0 && <p className="muted">Chưa có tin.</p>}
      {news.data && news.data.items.length > 0 && (
        <ArticleList
          basePath="/news"
          items={news.data.items.map((n) => ({ ...n, meta: `${formatDay(n.publishedAt)}${n.example ? ' · Tin ví dụ' : ''}` }))}
        />
      )}
    </PageLayout>
  );
}
