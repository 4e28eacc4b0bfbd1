// Loading skeletons, error with "Thử lại", empty and "saved copy" notices: shared by every screen.
import type { ReactNode } from 'react';
import Button from 'zmp-ui/button';
import { Icon } from './icons.js';

export function Skeleton({ lines = 3, title = true }: { lines?: number; title?: boolean }) {
  return (
    <div className="skeleton" aria-hidden="true">
      {title && <div className="skeleton-line skeleton-title" />}
      {Array.from({ length: lines }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder lines have no identity
        <div key={i} className="skeleton-line" style={{ width: `${90 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  );
}

export function LoadingList({ count = 4, label = 'Đang tải…' }: { count?: number; label?: string }) {
  return (
    <div role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
        <Skeleton key={i} lines={1} />
      ))}
    </div>
  );
}

export function ErrorState({ error, onRetry, title = 'Chưa tải được nội dung' }: { error?: Error; onRetry: () => void; title?: string }) {
  return (
    <div className="state state-error" role="alert">
      <Icon name="alert" className="state-icon" />
      <h2 className="state-title">{title}</h2>
      <p>{error?.message || 'Đã có lỗi xảy ra. Vui lòng thử lại.'}</p>
      <Button variant="primary" onClick={onRetry}>
        Thử lại
      </Button>
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state">
      <h2 className="state-title">{title}</h2>
      {children}
    </div>
  );
}

export function ExampleBadge({ children = 'Dữ liệu ví dụ' }: { children?: ReactNode }) {
  return <span className="badge badge-example">{children}</span>;
}
