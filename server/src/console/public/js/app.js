// The console shell: who is signed in, the navigation with counts, and a hash router.
import { api } from './api.js';
import { h, replace, toast } from './dom.js';
import { renderContent } from './views/content.js';
import { renderDetail } from './views/detail.js';
import { renderInbox } from './views/inbox.js';
import { renderLogin } from './views/login.js';
import { renderReports } from './views/reports.js';
import { renderSettings } from './views/settings.js';

export const state = { me: null, counts: null, units: [], fields: [] };
const view = () => document.getElementById('view');
const ROLE_LABEL = { admin: 'Quản trị', handler: 'Cán bộ xử lý', editor: 'Biên tập', leader: 'Lãnh đạo' };

export const has = (role) => state.me?.roles.includes('admin') || state.me?.roles.includes(role);

/** Current route: "#/inbox?status=open" → { parts: ['inbox'], query: URLSearchParams } */
function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(query ?? '') };
}

export function go(hash) {
  if (location.hash === hash) render();
  else location.hash = hash;
}

export async function refreshCounts() {
  if (!has('handler')) return;
  try {
    state.counts = await api('/api/staff/feedback/counts');
  } catch {
    state.counts = null;
  }
  renderNav();
}

function navLink(href, label, count, kind) {
  const current = location.hash.startsWith(href) && (href.includes('?') || !location.hash.slice(href.length).startsWith('?status'));
  return h(
    'li',
    null,
    h(
      'a',
      { href, 'aria-current': current ? 'page' : null },
      h('span', null, label),
      count !== undefined && count !== null
        ? h('span', { class: `count ${kind ?? ''} ${count === 0 ? 'zero' : ''}` }, String(count))
        : null,
    ),
  );
}

function renderNav() {
  const nav = document.getElementById('nav');
  if (!state.me) {
    nav.hidden = true;
    return;
  }
  nav.hidden = false;
  const c = state.counts ?? {};
  const groups = [];
  if (has('handler'))
    groups.push(
      h('h2', null, 'Phản ánh, kiến nghị'),
      h(
        'ul',
        null,
        navLink('#/inbox?status=open', 'Cần xử lý', c.open),
        navLink('#/inbox?status=new', 'Mới nhận', c.new),
        navLink('#/inbox?status=in_progress', 'Đang xử lý', c.in_progress),
        navLink('#/inbox?due=soon', 'Sắp đến hạn', c.dueSoon, 'warn'),
        navLink('#/inbox?due=overdue', 'Quá hạn', c.overdue, 'danger'),
        navLink('#/inbox?status=answered', 'Đã trả lời', c.answered),
        navLink('#/inbox?status=closed', 'Đã kết thúc', c.closed),
        navLink('#/inbox?status=all', 'Tất cả'),
      ),
      c.deadDeliveries ? h('p', { class: 'nav-alert' }, `${c.deadDeliveries} lần gửi đến đơn vị bị lỗi — mở phản ánh để gửi lại.`) : null,
    );
  if (has('editor'))
    groups.push(
      h('h2', null, 'Nội dung'),
      h(
        'ul',
        null,
        navLink('#/content/hotlines', 'Đường dây nóng'),
        navLink('#/content/news', 'Tin tức'),
        navLink('#/content/guides', 'Hướng dẫn'),
        navLink('#/content/faq', 'Hỏi đáp'),
        navLink('#/content/templates', 'Mẫu trả lời'),
      ),
    );
  if (has('leader') || has('editor'))
    groups.push(
      h('h2', null, 'Báo cáo'),
      h(
        'ul',
        null,
        has('leader') ? navLink('#/reports?period=year', 'Số liệu báo cáo') : null,
        navLink('#/reports/gaps', 'Câu hỏi chưa có trả lời'),
        navLink('#/reports/print', 'In áp phích, tờ rơi'),
      ),
    );
  if (has('admin'))
    groups.push(
      h('h2', null, 'Cài đặt'),
      h(
        'ul',
        null,
        navLink('#/settings/units', 'Đơn vị xử lý'),
        navLink('#/settings/routing', 'Quy tắc chuyển'),
        navLink('#/settings/holidays', 'Ngày nghỉ lễ'),
        navLink('#/settings/staff', 'Tài khoản cán bộ'),
        navLink('#/settings/audit', 'Nhật ký thao tác'),
      ),
    );
  replace(nav, groups);
}

function renderWho() {
  const el = document.getElementById('who');
  if (!state.me) return replace(el);
  replace(
    el,
    h('span', { class: 'who-name' }, state.me.displayName),
    h('span', { class: 'who-role' }, state.me.roles.map((r) => ROLE_LABEL[r] ?? r).join(', ')),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onClick: async () => {
          await api('/api/staff/logout', { method: 'POST' }).catch(() => {});
          signedOut('Bạn đã đăng xuất.');
        },
      },
      'Đăng xuất',
    ),
  );
}

function signedOut(message) {
  state.me = null;
  state.counts = null;
  renderWho();
  renderNav();
  if (message) toast(message);
  go('#/login');
}
window.addEventListener('console:signed-out', () => {
  if (state.me) signedOut('Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.');
});

export async function signedIn(me) {
  state.me = me;
  const [units, fields] = await Promise.all([api('/api/staff/units'), api('/api/fields').catch(() => ({ items: [] }))]);
  state.units = units.items;
  state.fields = fields.items;
  renderWho();
  await refreshCounts();
  renderNav();
}

const home = () =>
  has('handler') ? '#/inbox?status=open' : has('editor') ? '#/content/hotlines' : has('leader') ? '#/reports' : '#/login';

async function render() {
  const { parts, query } = route();
  const el = view();
  if (!state.me && parts[0] !== 'login') {
    try {
      await signedIn(await api('/api/staff/me'));
    } catch {
      return go('#/login');
    }
  }
  try {
    if (parts[0] === 'login') {
      if (state.me) return go(home());
      document.title = 'Đăng nhập — Bảng điều khiển cán bộ';
      renderLogin(el, async (me) => {
        await signedIn(me);
        go(home());
      });
    } else if (parts[0] === 'inbox' && has('handler')) await renderInbox(el, query);
    else if (parts[0] === 'feedback' && parts[1] && has('handler')) await renderDetail(el, parts[1]);
    else if (parts[0] === 'content' && has('editor')) await renderContent(el, parts[1] ?? 'hotlines');
    else if (parts[0] === 'settings' && has('admin')) await renderSettings(el, parts[1] ?? 'units', query);
    else if (parts[0] === 'reports' && (has('leader') || has('editor'))) await renderReports(el, parts[1], query);
    else return go(home());
  } catch (err) {
    if (err.status === 401) return;
    replace(el, h('h1', null, 'Không mở được trang'), h('div', { class: 'error', role: 'alert' }, err.detail ?? String(err)));
  }
  renderNav();
  if (parts[0] !== 'login') el.focus({ preventScroll: true });
}

window.addEventListener('hashchange', render);
render();
