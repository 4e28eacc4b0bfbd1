// Hotlines, grouped, each with what it is for; one tap calls a real number. Example numbers
// (the sample locality's) and blank slots are shown as such and are never callable.
import { useHotlines } from '@/api/get-hotlines.js';
import '../hotlines.css';
import { CallLink } from '@/components/call-link.js';
import { ErrorState, ExampleBadge, LoadingList } from '@/components/feedback-states.js';
import { PageLayout } from '@/components/page-layout.js';
import { callableNumber, type HotlineGroup, type HotlineTopic } from '@/types/api.js';

const GROUPS: { id: HotlineGroup; title: string }[] = [
  { id: 'khan_cap', title: 'Khẩn cấp' },
  { id: 'dia_phuong', title: 'Địa phương' },
  { id: 'phan_anh', title: 'Phản ánh, kiến nghị' },
  { id: 'dich_vu_cong', title: 'Hỗ trợ dịch vụ công' },
];

const TOPICS: Record<HotlineTopic, string> = {
  tre_em: 'Bảo vệ trẻ em',
  cuu_nan: 'Cứu nạn, thiên tai',
  an_ninh: 'An ninh, trật tự',
  chay_no: 'Cháy, nổ',
  cap_cuu: 'Cấp cứu y tế',
  dich_vu_cong: 'Dịch vụ công trực tuyến',
  mot_cua: 'Thủ tục ở xã',
  cu_tru: 'Cư trú, căn cước',
  phan_anh: 'Phản ánh, kiến nghị',
};

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
                {items.map((h) => {
                  const number = callableNumber(h);
                  return (
                    <li key={h.id} className="card hotline">
                      {h.topic && <p className="hotline-topic">{TOPICS[h.topic] ?? h.topic}</p>}
                      <h3 className="card-title">{h.name}</h3>
                      <p>{h.purpose}</p>
                      {h.hours && <p className="muted">Giờ nghe máy: {h.hours}</p>}
                      {h.email && <p className="muted">Thư điện tử: {h.email}</p>}
                      {h.example && h.number && <ExampleBadge>Số ví dụ, chưa phải số thật: {h.number}</ExampleBadge>}
                      {h.number === null && <p className="muted">Chưa có số: địa phương sẽ cập nhật.</p>}
                      {number && <CallLink number={number}>Gọi {number}</CallLink>}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
    </PageLayout>
  );
}
