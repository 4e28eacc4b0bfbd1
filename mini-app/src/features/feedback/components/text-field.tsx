// One labelled text field: our own <label> and error line (zmp-ui's label is a span, not tied to
// the input), zmp-ui Input / TextArea for the box. The error is announced with the field.
import type { ReactNode } from 'react';
import Input from 'zmp-ui/input';

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  multiline = false,
  maxLength,
  counter,
  required = false,
  type = 'text',
  inputMode,
  autoComplete,
  placeholder,
  disabled,
  after,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  multiline?: boolean;
  maxLength?: number;
  /** Show "123/4.000" under the box. */
  counter?: boolean;
  required?: boolean;
  type?: 'text' | 'tel';
  inputMode?: 'text' | 'tel' | 'numeric';
  autoComplete?: string;
  placeholder?: string;
  disabled?: boolean;
  after?: ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, counter ? `${id}-count` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    placeholder,
    disabled,
    maxLength,
    status: error ? ('error' as const) : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': required || undefined,
  };
  return (
    <div className={`fb-field${error ? ' has-error' : ''}`}>
      <label className="fb-label" htmlFor={id}>
        {label}
        {required ? <span className="fb-required"> (bắt buộc)</span> : <span className="fb-optional"> (không bắt buộc)</span>}
      </label>
      {hint && (
        <p className="fb-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <Input.TextArea {...common} rows={6} onChange={(e: { target: { value: string } }) => onChange(e.target.value)} />
      ) : (
        <Input
          {...common}
          type="text"
          inputMode={inputMode ?? (type === 'tel' ? 'tel' : undefined)}
          autoComplete={autoComplete}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {counter && maxLength !== undefined && (
        <p className={`fb-counter${value.length >= maxLength ? ' is-full' : ''}`} id={`${id}-count`}>
          {value.length.toLocaleString('vi-VN')}/{maxLength.toLocaleString('vi-VN')} ký tự
        </p>
      )}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
      {after}
    </div>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="fb-error" id={id}>
      {children}
    </p>
  );
}
