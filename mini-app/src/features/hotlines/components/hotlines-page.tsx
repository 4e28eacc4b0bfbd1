// Hotlines, grouped; one tap calls.
import { useHotlines } from '@/api/get-hotlines.js';
import { CallLink } from '@/components/call-link.js';
import { ErrorState, ExampleBadge, LoadingList } from '@/components/feedback-states.js';
import { PageLayout } from '@/components/page-layout.js';
import type { HotlineGroup } from '@/types/api.js';

const GROUPS: { id: HotlineGroup; title: string }[] = [
  { id: 'khan_cap', title: 'Khẩn cấp' },
  { id: 'dia_phuong', title: 'Địa phương' },
  { id: 'phan_anh', title: 'Phản ánh, kiến nghị' },
  { id: 'dich_vu_cong', title: 'Hỗ trợ dịch vụ công' },
];

export function HotlinesPage() {
  const hotlines = useHotlines();
  return (
    <PageLayout title="Đường dây nóng">
      {hotlines.loading && <LoadingList count={5} />}
      {hotlines.error && <ErrorState error={hotlines.error} onRetry={hotlines.retry} />}
      {hotlines.data?.items.length === 0 && <p className="muted">Chưa có số đường dây nóng.</p>}
      {hotlines.data &&
        GROUPS.map((group) => {
          const items = hotlines.data?.items.filter((h) => h.group === group.id) ?? [];
          if (items.length === 0) return null;
          return (
            <section key={group.id} className="section" aria-labelledby={`group-${group.id}`}>
              <h2 id={`group-${group.id}`} className="section-title">
                {group.title}
              </h2>
              <ul className="cards">
                {items.map((h) => (
                  <li key={h.id} className="card hotline">
                    <h3 className="card-title">{h.name}</h3>
                    <p>{h.purpose}</p>
                    {h.hours && <p className="muted">Giờ nghe máy: {h.hours}</p>}
                    {h.example && <ExampleBadge>Số ví dụ, chưa phải số thật</ExampleBadge>}
                    <CallLink number={h.number}>Gọi {h.number}</CallLink>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </PageLayout>
  );
}
