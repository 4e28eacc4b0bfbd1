// Placeholders until the feedback screens land (built separately).
import { useSearchParams } from 'react-router-dom';
import { HelpContacts } from '@/components/help-contacts.js';
import { PageLayout } from '@/components/page-layout.js';

export function FeedbackNewPlaceholderPage() {
  const [params] = useSearchParams();
  const procedure = params.get('procedure');
  return (
    <PageLayout title="Gửi phản ánh, kiến nghị">
      <div className="state">
        <h2 className="state-title">Mẫu gửi phản ánh sắp có</h2>
        <p>Trong lúc chờ, bạn có thể gọi đường dây nóng phản ánh, kiến nghị{procedure ? ` (về thủ tục mã ${procedure})` : ''}.</p>
      </div>
      <HelpContacts />
    </PageLayout>
  );
}

export function FeedbackLookupPlaceholderPage() {
  return (
    <PageLayout title="Tra cứu phản ánh">
      <div className="state">
        <h2 className="state-title">Tra cứu phản ánh sắp có</h2>
        <p>Bạn sẽ tra được kết quả bằng mã phản ánh. Trong lúc chờ, vui lòng gọi đường dây nóng.</p>
      </div>
      <HelpContacts />
    </PageLayout>
  );
}
