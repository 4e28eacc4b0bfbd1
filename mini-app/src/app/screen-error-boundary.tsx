// When a screen cannot be shown — most often its code could not be downloaded because the
// network dropped — say so with "Thử lại" instead of a blank page, and keep the procedures
// saved on this device one tap away (their screen is part of the main bundle).
import { Component, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Icon } from '@/components/icons.js';
import { PageLayout } from '@/components/page-layout.js';
import { SavedProcedureLinks } from '@/features/procedures/components/saved-procedures.js';
import { loadRecent } from '@/features/procedures/utils/procedure-cache.js';

interface Props {
  /** the current path: a new screen clears the error */
  path: string;
  onRetry: () => void;
  children: ReactNode;
}

export class ScreenErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidUpdate(prev: Props) {
    if (prev.path !== this.props.path && this.state.error) this.setState({ error: null });
  }

  retry = () => {
    this.props.onRetry();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    const saved = loadRecent();
    return (
      <PageLayout title="Chưa mở được" ownHeading tab>
        <div className="state state-error" role="alert">
          <Icon name="alert" className="state-icon" />
          <h1 className="state-title">Chưa mở được màn hình này</h1>
          <p>Có thể mạng đang yếu hoặc mất kết nối. Kiểm tra mạng rồi bấm “Thử lại”.</p>
          <div className="actions actions-stack">
            <button type="button" className="btn btn-primary" onClick={this.retry}>
              Thử lại
            </button>
            <Link className="btn btn-secondary" to="/">
              Về trang chủ
            </Link>
          </div>
        </div>
        {saved.length > 0 && (
          <section aria-labelledby="saved-title">
            <h2 id="saved-title" className="section-title">
              Thủ tục đã lưu trên máy (xem được khi mất mạng)
            </h2>
            <SavedProcedureLinks saved={saved} />
          </section>
        )}
      </PageLayout>
    );
  }
}
