// Inbox: the unit's feedback with filters (status, field, due, unit, search) and paging.
import { api, qs } from '../api.js';
import { go, has, refreshCounts, state } from '../app.js';
import { dueBadge, field, h, replace, vnDate } from '../dom.js';

export const STATUS_OPTIONS = [
  ['open', 'Cần xử lý (chưa trả lời)'],
  ['new', 'Mới nhận'],
  ['in_progress', 'Đang xử lý'],
  ['transferred', 'Đã chuyển đơn vị'],
  ['answered', 'Đã trả lời'],
  ['closed', 'Đã kết thúc / không tiếp nhận / trùng'],
  ['all', 'Tất cả'],
];
const TITLES = {
  open: 'Phản ánh cần xử lý',
  new: 'Phản ánh mới nhận',
  in_progress: 'Đang xử lý',
  answered: 'Đã trả lời',
  closed: 'Đã kết thúc',
  all: 'Tất cả phản ánh',
};
const KIND = { phan_anh: 'Phản ánh', kien_nghi: 'Kiến nghị', hoi_dap: 'Hỏi đáp' };
const PAGE = 50;

export async function renderInbox(el, query) {
  const q = Object.fromEntries(query.entries());
  const status = q.status ?? 'open';
  const offset = Number(q.offset ?? 0);
  const [data] = await Promise.all([api(`/api/staff/feedback${qs({ ...q, status, limit: PAGE, offset })}`), refreshCounts()]);
  const title = q.due === 'overdue' ? 'Phản ánh quá hạn' : q.due === 'soon' ? 'Phản ánh sắp đến hạn' : (TITLES[status] ?? 'Phản ánh');
  document.title = `${title} — Bảng điều khiển cán bộ`;

  const set = (patch) => go(`#/inbox${qs({ ...q, status, ...patch, offset: undefined })}`);
  const select = (name, options, value) =>
    h(
      'select',
      { name, value: value ?? '', onChange: (e) => set({ [name]: e.target.value }) },
      options.map(([v, label]) => h('option', { value: v }, label)),
    );
  const search = h('input', { type: 'search', name: 'q', value: q.q ?? '', placeholder: 'Mã theo dõi hoặc tiêu đề' });
  const filters = h(
    'form',
    {
      class: 'filters',
      role: 'search',
      onSubmit: (e) => {
        e.preventDefault();
        set({ q: search.value.trim() });
      },
    },
    field('Trạng thái', select('status', STATUS_OPTIONS, status)),
    field('Lĩnh vực', select('field', [['', 'Tất cả lĩnh vực'], ...state.fields.map((f) => [f.id, f.name])], q.field)),
    field(
      'Hạn xử lý',
      select(
        'due',
        [
          ['', 'Mọi hạn'],
          ['soon', 'Sắp đến hạn (≤ 2 ngày làm việc)'],
          ['overdue', 'Quá hạn'],
        ],
        q.due,
      ),
    ),
    has('admin') || state.me.units.length > 1
      ? field(
          'Đơn vị',
          select(
            'unit',
            [
              ['', 'Tất cả đơn vị'],
              ...state.units.filter((u) => has('admin') || state.me.units.some((m) => m.id === u.id)).map((u) => [u.id, u.name]),
            ],
            q.unit,
          ),
        )
      : null,
    field('Tìm', search),
    h('button', { type: 'submit', class: 'secondary' }, 'Tìm'),
  );

  const rows = data.items.map((i) =>
    h(
      'tr',
      { class: i.overdue ? 'overdue' : null },
      h('td', null, h('a', { href: `#/feedback/${encodeURIComponent(i.trackingCode)}`, class: 'code' }, i.trackingCode)),
      h(
        'td',
        null,
        h('div', { class: 'subject' }, i.subject),
        h('div', { class: 'muted small' }, KIND[i.kind], i.field ? ` · ${fieldName(i.field)}` : ''),
      ),
      has('admin') || state.me.units.length > 1 ? h('td', { class: 'small' }, i.unit.name) : null,
      h('td', { class: 'nowrap' }, vnDate(i.createdAt)),
      h('td', { class: 'nowrap' }, vnDate(i.dueAt), h('div', null, dueBadge(i))),
      h('td', null, h('span', { class: `status s-${i.status}` }, i.statusLabel)),
    ),
  );
  const table = data.items.length
    ? h(
        'table',
        { class: 'list' },
        h('caption', { class: 'sr-only' }, title),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, 'Mã'),
            h('th', { scope: 'col' }, 'Nội dung'),
            has('admin') || state.me.units.length > 1 ? h('th', { scope: 'col' }, 'Đơn vị') : null,
            h('th', { scope: 'col' }, 'Ngày gửi'),
            h('th', { scope: 'col' }, 'Hạn xử lý'),
            h('th', { scope: 'col' }, 'Trạng thái'),
          ),
        ),
        h('tbody', null, rows),
      )
    : h('p', { class: 'empty' }, 'Không có phản ánh nào khớp bộ lọc.');
  const pager =
    data.total > PAGE
      ? h(
          'nav',
          { class: 'pager', 'aria-label': 'Trang' },
          offset > 0 ? h('a', { href: `#/inbox${qs({ ...q, status, offset: Math.max(0, offset - PAGE) })}` }, '← Trang trước') : null,
          h('span', null, `${offset + 1}–${Math.min(offset + PAGE, data.total)} / ${data.total}`),
          offset + PAGE < data.total ? h('a', { href: `#/inbox${qs({ ...q, status, offset: offset + PAGE })}` }, 'Trang sau →') : null,
        )
      : null;
  replace(
    el,
    h('div', { class: 'page-head' }, h('h1', null, title), h('p', { class: 'muted' }, `${data.total} phản ánh`)),
    filters,
    table,
    pager,
  );
}

export const fieldName = (id) => state.fields.find((f) => f.id === id)?.name ?? id;
