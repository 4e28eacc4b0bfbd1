import { useParams } from 'react-router-dom';
import { formatDay } from '@/components/article-list.js';
import { ErrorState, Skeleton } from '@/components/feedback-states.js';
import { MarkdownView } from '@/components/markdown-view.js';
import { PageLayout } from '@/components/page-layout.js';
import { useGuide } from '../api/get-guide.js';

export function GuidePage() {
  const { id = '' } = useParams();
  const guide = useGuide(id);
  return (
    <PageLayout title="Hướng dẫn" ownHeading>
      {guide.loading && <Skeleton lines={6} />}
      {guide.error && <ErrorState error={guide.error} onRetry={guide.retry} />}
      {guide.data && (
        <article>
          <h1 className="procedure-title">{guide.data.title}</h1>
          <p className="muted">Cập nhật {formatDay(guide.data.updatedAt)}</p>
          <MarkdownView source={guide.data.body} />
        </article>
      )}
    </PageLayout>
  );
}
