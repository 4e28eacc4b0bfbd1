// Questions and answers, each opening in place (native details/summary: keyboard and screen reader friendly).
import { Link } from 'react-router-dom';
import { ErrorState, LoadingList } from '@/components/feedback-states.js';
import { HelpContacts } from '@/components/help-contacts.js';
import { PageLayout } from '@/components/page-layout.js';
import { procedureTitle } from '@/features/procedures/utils/labels.js';
import { useFaq } from '../api/get-faq.js';

export function FaqPage() {
  const faq = useFaq();
  return (
    <PageLayout title="Câu hỏi thường gặp">
      {faq.loading && <LoadingList />}
      {faq.error && <ErrorState error={faq.error} onRetry={faq.retry} />}
      {faq.data && (
        <div className="faq">
          {faq.data.items.map((item) => (
            <details key={item.id} className="card faq-item">
              <summary>{item.question}</summary>
              <p>{item.answer}</p>
              {/* Each link names its procedure ("Xem thủ tục" twice would not say which is which). */}
              {(item.procedureRefs ?? item.procedures.map((code) => ({ code, name: code, shortName: null }))).map((p) => (
                <Link key={p.code} className="btn btn-link btn-inline faq-link" to={`/procedures/${encodeURIComponent(p.code)}`}>
                  Xem thủ tục: {procedureTitle(p)}
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
