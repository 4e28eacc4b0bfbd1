// Small shared pieces: a labelled field, the error box, due-date badges, loading and failure.
import { cloneElement, type ReactElement, type ReactNode, useId } from 'react';
import type { ApiError } from '@/lib/api.js';

/** A labelled form control: the label points at the control. */
export function Field({ label, hint, children }: { label: string; hint?: string | null; children: ReactElement<{ id?: string }> }) {
  const auto = useId();
  const id = children.props.id ?? auto;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
      {hint ? <p className="hint">{hint}</p> : null}
    </div>
  );
}

export function ErrorBox({ error }: { error: unknown }) {
  const e = error as Partial<ApiError> | null;
  return (
    <div className="error" role="alert">
      <p>{e?.detail ?? e?.message ?? 'Có lỗi xảy ra.'}</p>
      {e?.errors?.length ? (
        <ul>
          {e.errors.map((x) => (
            <li key={`${x.path}:${x.message}`}>{`${x.path}: ${x.message}`}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Working days left as words, with a class for the colour. */
export function DueBadge({ item }: { item: { workingDaysLeft: number | null; overdue: boolean } }) {
  const n = item.workingDaysLeft;
  if (n === null || n === undefined) return null;
  if (item.overdue) return <span className="badge danger">{`Quá hạn ${Math.abs(n) || ''} ngày làm việc`.replace('  ', ' ')}</span>;
  if (n === 0) return <span className="badge warn">Hạn hôm nay</span>;
  if (n <= 2) return <span className="badge warn">{`Còn ${n} ngày làm việc`}</span>;
  return <span className="badge">{`Còn ${n} ngày làm việc`}</span>;
}

/** What a screen shows before its data arrives, or when it could not be loaded. */
export function Loading({ error, children }: { error?: Error; children?: ReactNode }) {
  if (error) {
    if ((error as ApiError).status === 401) return null;
    return (
      <>
        <h1>Không mở được trang</h1>
        <div className="error" role="alert">
          {(error as ApiError).detail ?? String(error)}
        </div>
      </>
    );
  }
  return children ?? <p className="muted">Đang tải…</p>;
}

export function PageHead({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="page-head">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
