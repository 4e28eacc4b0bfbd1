// A call button: a real tel: link in a browser; inside Zalo, zmp-sdk's openPhone.
import type { ReactNode } from 'react';
import { beacon } from '@/features/usage/beacon.js';
import { platform } from '@/lib/platform/platform.js';
import { Icon } from './icons.js';

export function CallLink({ number, children, className = 'btn btn-call' }: { number: string; children?: ReactNode; className?: string }) {
  const p = platform();
  return (
    <a
      className={className}
      href={p.telHref(number)}
      onClick={(e) => {
        beacon('hotline_tap');
        if (p.kind !== 'zalo') return;
        e.preventDefault();
        void p.openPhone(number);
      }}
    >
      <Icon name="phone" />
      <span>{children ?? `Gọi ${number}`}</span>
    </a>
  );
}

/** Opens an outside page with the platform (Zalo webview / new tab), still a real link. */
export function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a
      className={className}
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(e) => {
        e.preventDefault();
        void platform().openUrl(href);
      }}
    >
      {children}
      <Icon name="external" className="icon-inline" />
      <span className="visually-hidden"> (mở trang ngoài)</span>
    </a>
  );
}
