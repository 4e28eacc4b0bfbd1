// Sign-in form. The server throttles failed attempts and says when to try again.
import type { StaffLogin, StaffMe } from '@contract/staff.js';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '@/lib/api.js';

export function LoginScreen({ onSignedIn }: { onSignedIn: (me: StaffMe) => Promise<void> }) {
  const username = useRef<HTMLInputElement>(null);
  const password = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = 'Đăng nhập — Bảng điều khiển cán bộ';
    username.current?.focus();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const res = await api<StaffLogin>('/api/staff/login', {
        method: 'POST',
        body: { username: username.current?.value ?? '', password: password.current?.value ?? '' },
      });
      await onSignedIn(res.staff);
    } catch (err) {
      setMessage(err instanceof ApiError ? err.detail : String(err));
      password.current?.select();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card login" onSubmit={submit}>
      <h1>Đăng nhập</h1>
      <p className="muted">Dành cho cán bộ tiếp nhận, xử lý phản ánh, kiến nghị và biên tập nội dung.</p>
      <div className="field">
        <label htmlFor="login-username">Tên đăng nhập</label>
        <input id="login-username" name="username" autoComplete="username" required ref={username} />
      </div>
      <div className="field">
        <label htmlFor="login-password">Mật khẩu</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required ref={password} />
      </div>
      <div aria-live="assertive">
        {message ? (
          <p className="error" role="alert">
            {message}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={busy}>
        Đăng nhập
      </button>
      <p className="hint">Quên mật khẩu? Liên hệ quản trị viên của xã để đặt lại.</p>
    </form>
  );
}
