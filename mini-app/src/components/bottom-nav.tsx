// The app's main places, one tap apart (zmp-ui's bottom navigation pattern): home, procedures,
// the assistant and "Của tôi". Real links (back button, long-press) with aria-current.
import { type ReactNode, useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Icon, type IconName } from './icons.js';

const TABS: { to: string; label: string; icon: IconName; match: (path: string) => boolean }[] = [
  { to: '/', label: 'Trang chủ', icon: 'home', match: (p) => p === '/' },
  { to: '/procedures', label: 'Thủ tục', icon: 'book', match: (p) => p === '/procedures' },
  { to: '/chat', label: 'Hỏi trợ lý', icon: 'chat', match: (p) => p === '/chat' },
  { to: '/mine', label: 'Của tôi', icon: 'user', match: (p) => p === '/mine' || p === '/feedback/mine' },
];

export function BottomNav() {
  const { pathname } = useLocation();
  return (
    <nav className="bottom-nav" aria-label="Điều hướng chính">
      <ul>
        {TABS.map((t) => {
          const active = t.match(pathname);
          return (
            <li key={t.to}>
              <Link to={t.to} className={`bottom-nav-item${active ? ' is-active' : ''}`} aria-current={active ? 'page' : undefined}>
                <Icon name={t.icon} />
                <span>{t.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * Sticky at the bottom of the screen: an optional composer (chat) above the bottom navigation.
 * Its height is published as --dock-h so content scrolled into view is not left under it.
 */
export function Dock({ children, nav = true }: { children?: ReactNode; nav?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    const root = document.documentElement;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => root.style.setProperty('--dock-h', `${el.offsetHeight}px`));
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--dock-h');
    };
  }, []);
  if (!children && !nav) return null;
  return (
    <div className="dock" ref={ref}>
      {children}
      {nav && <BottomNav />}
    </div>
  );
}
