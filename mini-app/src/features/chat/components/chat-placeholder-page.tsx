// Placeholder until the chat screen lands (built separately): says so and offers the hotline.
import { useSearchParams } from 'react-router-dom';
import { HelpContacts } from '@/components/help-contacts.js';
import { PageLayout } from '@/components/page-layout.js';

export function ChatPlaceholderPage() {
  const [params] = useSearchParams();
  const procedure = params.get('procedure');
  return (
    <PageLayout title="Trợ lý hỏi đáp">
      <div className="state">
        <h2 className="state-title">Trợ lý hỏi đáp sắp có</h2>
        <p>Trong lúc chờ, bạn có thể gọi đường dây nóng để được hướng dẫn{procedure ? ` về thủ tục mã ${procedure}` : ''}.</p>
      </div>
      <HelpContacts showChat={false} />
    </PageLayout>
  );
}
