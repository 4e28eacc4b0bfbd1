// Sign-in form. The server throttles failed attempts and says when to try again.
import { api } from '../api.js';
import { h, replace } from '../dom.js';

export function renderLogin(el, onSignedIn) {
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const message = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit' }, 'Đăng nhập');
  const form = h(
    'form',
    {
      class: 'card login',
      onSubmit: async (e) => {
        e.preventDefault();
        submit.disabled = true;
        replace(message);
        try {
          const res = await api('/api/staff/login', { method: 'POST', body: { username: username.value, password: password.value } });
          await onSignedIn(res.staff);
        } catch (err) {
          replace(message, h('p', { class: 'error', role: 'alert' }, err.detail));
          password.select();
        } finally {
          submit.disabled = false;
        }
      },
    },
    h('h1', null, 'Đăng nhập'),
    h('p', { class: 'muted' }, 'Dành cho cán bộ tiếp nhận, xử lý phản ánh, kiến nghị và biên tập nội dung.'),
    h('div', { class: 'field' }, h('label', { for: 'login-username' }, 'Tên đăng nhập'), Object.assign(username, { id: 'login-username' })),
    h('div', { class: 'field' }, h('label', { for: 'login-password' }, 'Mật khẩu'), Object.assign(password, { id: 'login-password' })),
    message,
    submit,
    h('p', { class: 'hint' }, 'Quên mật khẩu? Liên hệ quản trị viên của xã để đặt lại.'),
  );
  replace(el, form);
  username.focus();
}
