// Questions and answers, each opening in place (native details/summary: keyboard and screen reader friendly).
import { Link } from 'react-router-dom';
import { ErrorState, LoadingList } from '@/components/feedback-states.js';
import { HelpContacts } from '@/components/help-contacts.js';
import { PageLayout } from '@/components/page-layout.js';
import { useFaq } from '../api/get-faq.js';

export function FaqPage() {
  const faq = useFaq();
  return (
    <PageLayout title="Hỏi đáp">
      {faq.loading && <LoadingList />}
      {faq.error && <ErrorState error={faq.error} onRetry={faq.retry} />}
      {faq.data && (
        <div className="faq">
          {faq.data.items.map((item) => (
            <details key={item.id} className="card faq-item">
              <summary>{item.question}</summary>
              <p>{item.answer}</p>
              {item.procedures.map((code) => (
                <Link key={code} className="btn btn-link" to={`/procedures/${encodeURIComponent(code)}`}>
                  Xem thủ tục
                </Link>
              ))}
            </details>
          ))}
        </div>
      )}
      <h2 className="section-title">Không thấy câu hỏi của bạn?</h2>
      <HelpContacts />
    </PageLayout>
  );
}
