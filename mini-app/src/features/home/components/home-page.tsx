// Home: the search box first, then the tiles, then where to go today.
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useLocality } from '@/api/get-locality.js';
import { Dock } from '@/components/bottom-nav.js';
import { ErrorState, ExampleBadge, Skeleton } from '@/components/feedback-states.js';
import { Icon, type IconName } from '@/components/icons.js';
import { OfficeCard } from '@/components/office-card.js';
import { env } from '@/config/env.js';
import { platform } from '@/lib/platform/platform.js';
import { fold } from '@/lib/text.js';
import type { Office } from '@/types/api.js';

const TILES: { to: string; label: string; icon: IconName }[] = [
  { to: '/procedures', label: 'Thủ tục', icon: 'book' },
  { to: '/chat', label: 'Hỏi trợ lý', icon: 'chat' },
  { to: '/hotlines', label: 'Đường dây nóng', icon: 'phone' },
  { to: '/feedback/new', label: 'Gửi phản ánh', icon: 'message' },
  { to: '/mine', label: 'Phản ánh của tôi', icon: 'track' },
  { to: '/guides', label: 'Dịch vụ công trực tuyến', icon: 'globe' },
  { to: '/feedback/public', label: 'Câu trả lời công khai', icon: 'check' },
  { to: '/faq', label: 'Câu hỏi thường gặp', icon: 'question' },
  { to: '/news', label: 'Tin tức', icon: 'news' },
];

const EXAMPLE_NOTE = /\s*\((địa phương )?ví dụ\)\s*/i;

/** The locality's own office first (its name carries the locality's), then the others as listed. */
function ownOfficeFirst(offices: Office[], localityName: string): Office[] {
  const own = fold(localityName.replace(EXAMPLE_NOTE, '')).trim();
  const isOwn = (o: Office) => own.length > 0 && fold(o.name).includes(own);
  return [...offices.filter(isOwn), ...offices.filter((o) => !isOwn(o))];
}

export function HomePage() {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const locality = useLocality();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(q.trim() ? `/procedures?q=${encodeURIComponent(q.trim())}` : '/procedures');
  };

  return (
    <div className="page home">
      <header className="home-hero">
        <div className="home-top">
          <p className="home-kicker">{locality.data ? locality.data.name.replace(EXAMPLE_NOTE, ' ').trim() : 'Thủ tục hành chính'}</p>
          <Link className="home-text-size" to="/mine?muc=co-chu">
            <Icon name="text" />
            <span>Cỡ chữ</span>
          </Link>
        </div>
        <h1 className="home-title">Bạn cần làm thủ tục gì?</h1>
        {locality.data?.example && <ExampleBadge>Địa phương ví dụ</ExampleBadge>}
        {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to older Zalo webviews */}
        <form className="search-form" role="search" onSubmit={submit}>
          <label htmlFor="home-search" className="visually-hidden">
            Tìm thủ tục
          </label>
          <Icon name="search" />
          <input
            id="home-search"
            type="search"
            enterKeyHint="search"
            autoComplete="off"
            placeholder="Ví dụ: khai sinh"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <button type="submit" className="btn btn-primary btn-small">
            Tìm
          </button>
        </form>
      </header>
      <main className="page-body">
        <nav aria-label="Chức năng chính">
          <ul className="tiles">
            {TILES.map((t) => (
              <li key={t.to}>
                <Link to={t.to} className="tile">
                  <span className="tile-icon">
                    <Icon name={t.icon} />
                  </span>
                  <span className="tile-label">{t.label}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <h2 className="section-title">Nơi tiếp nhận hồ sơ</h2>
        {locality.loading && <Skeleton lines={3} />}
        {locality.error && <ErrorState error={locality.error} onRetry={locality.retry} />}
        {locality.data &&
          ownOfficeFirst(locality.data.offices, locality.data.name).map((office) => <OfficeCard key={office.id} office={office} />)}
        {locality.data && locality.data.offices.length === 0 && <p className="muted">Chưa có thông tin nơi tiếp nhận hồ sơ.</p>}
        {platform().kind === 'zalo' && env.oaId && <FollowOaButton oaId={env.oaId} />}
      </main>
      <Dock />
    </div>
  );
}

/** Inside Zalo only: follow the locality's Official Account to get its notices. */
function FollowOaButton({ oaId }: { oaId: string }) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  if (state === 'done') return <p className="muted">Bạn đã quan tâm Zalo OA của địa phương.</p>;
  return (
    <div className="card">
      <p>Quan tâm Zalo OA của địa phương để nhận thông báo mới.</p>
      <button
        type="button"
        className="btn btn-primary"
        onClick={() =>
          void platform()
            .followOA(oaId)
            .then((ok) => setState(ok ? 'done' : 'failed'))
        }
      >
        Quan tâm OA
      </button>
      {state === 'failed' && <p className="muted">Chưa quan tâm được. Vui lòng thử lại.</p>}
    </div>
  );
}
