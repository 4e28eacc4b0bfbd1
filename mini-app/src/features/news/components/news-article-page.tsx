import { useParams } from 'react-router-dom';
import { formatDay } from '@/components/article-list.js';
import { ErrorState, ExampleBadge, Skeleton } from '@/components/feedback-states.js';
import { MarkdownView } from '@/components/markdown-view.js';
import { PageLayout } from '@/components/page-layout.js';
import { useNewsArticle } from '../api/get-news-article.js';

export function NewsArticlePage() {
  const { id = '' } = useParams();
  const article = useNewsArticle(id);
  return (
    <PageLayout title="Tin tức" ownHeading>
      {article.loading && <Skeleton lines={6} />}
      {article.error && <ErrorState error={article.error} onRetry={article.retry} />}
      {article.data && (
        <article>
          <h1 className="procedure-title">{article.data.title}</h1>
          <p className="muted">{formatDay(article.data.publishedAt)}</p>
          {article.data.example && <ExampleBadge>Tin ví dụ</ExampleBadge>}
          <MarkdownView source={article.data.body} />
        </article>
      )}
    </PageLayout>
  );
}
