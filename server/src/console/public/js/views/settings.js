// Settings for admins: handling units and their channels, routing rules, holiday tables,
// staff accounts and the audit log.
import { api, qs } from '../api.js';
import { go, state } from '../app.js';
import { errorBox, field, h, readable, replace, STATUS_LABEL, toast, vnDateTime } from '../dom.js';
import { buildForm } from './forms.js';

const ROLES = [
  ['admin', 'Quản trị'],
  ['handler', 'Cán bộ xử lý phản ánh'],
  ['editor', 'Biên tập nội dung'],
  ['leader', 'Lãnh đạo (xem báo cáo, không xem dữ liệu cá nhân)'],
];

/** A form card that PUTs/POSTs and re-renders on success. */
function saveForm(title, content, onSave, extraButtons = []) {
  const message = h('div');
  return h(
    'form',
    {
      class: 'card',
      onSubmit: async (e) => {
        e.preventDefault();
        try {
          await onSave();
        } catch (err) {
          replace(message, errorBox(err));
        }
      },
    },
    h('h2', null, title),
    content,
    message,
    h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Lưu'), extraButtons),
  );
}

// ── Handling units ──
const channelsText = (channels) =>
  channels
    .map((c) =>
      c.type === 'email' ? `email: ${c.to}` : c.type === 'webhook' ? `webhook: ${c.url} ${c.secretEnv}` : `zalo: ${c.userIds.join(', ')}`,
    )
    .join('\n');
function parseChannels(text) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [type, ...rest] = l.split(':');
      const v = rest.join(':').trim();
      if (type.trim() === 'email') return { type: 'email', to: v };
      if (type.trim() === 'webhook') {
        const [url, secretEnv] = v.split(/\s+/);
        return { type: 'webhook', url, secretEnv };
      }
      return {
        type: 'zalo',
        userIds: v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    });
}

async function units(el) {
  const { items } = await api('/api/staff/settings/units');
  const editor = h('div');
  const edit = (u) => {
    const form = buildForm(
      [
        { name: 'id', label: 'Mã đơn vị', type: 'text', required: true },
        { name: 'name', label: 'Tên đơn vị', type: 'text', required: true },
        { name: 'unitCode', label: 'Mã đơn vị hành chính (xã, phường)', type: 'text', required: true },
        {
          name: 'channels',
          label: 'Kênh nhận phản ánh (mỗi dòng một kênh)',
          type: 'textarea',
          rows: 4,
          hint: 'email: hopthu@xa.gov.vn — webhook: https://… TEN_BIEN_MOI_TRUONG_KHOA — zalo: user_id1, user_id2',
        },
      ],
      u ? { ...u, channels: channelsText(u.channels) } : {},
    );
    if (u) form.el.querySelector('input').readOnly = true;
    replace(
      editor,
      saveForm(u ? `Sửa: ${u.name}` : 'Thêm đơn vị xử lý', form.el, async () => {
        const { id, channels, ...rest } = form.read();
        await api(`/api/staff/settings/units/${encodeURIComponent(id)}`, {
          method: 'PUT',
          body: { ...rest, channels: parseChannels(channels ?? '') },
        });
        toast('Đã lưu đơn vị.');
        await units(el);
      }),
    );
  };
  replace(
    el,
    h(
      'div',
      { class: 'page-head' },
      h('h1', null, 'Đơn vị xử lý phản ánh'),
      h('button', { type: 'button', onClick: () => edit(null) }, 'Thêm đơn vị'),
    ),
    editor,
    h(
      'table',
      { class: 'list' },
      h(
        'thead',
        null,
        h('tr', null, h('th', null, 'Đơn vị'), h('th', null, 'Kênh nhận'), h('th', null, h('span', { class: 'sr-only' }, 'Sửa'))),
      ),
      h(
        'tbody',
        null,
        items.map((u) =>
          h(
            'tr',
            null,
            h('td', null, h('div', null, u.name), h('div', { class: 'muted small' }, `${u.id} · ${u.unitCode}`)),
            h('td', { class: 'small pre' }, channelsText(u.channels) || 'Chưa có kênh'),
            h('td', null, h('button', { type: 'button', class: 'secondary small', onClick: () => edit(u) }, 'Sửa')),
          ),
        ),
      ),
    ),
  );
}

// ── Routing ──
async function routing(el) {
  const [r, communes] = await Promise.all([api('/api/staff/settings/routing'), api('/api/units')]);
  const current = communes.items.filter((u) => ['xa', 'phuong', 'dac_khu'].includes(u.kind) && !u.validTo);
  const unitOptions = state.units.map((u) => h('option', { value: u.id }, u.name));
  const tbody = h('tbody');
  const addRow = (rule = { communeCode: null, field: null, unit: state.units[0]?.id }) => {
    const commune = h(
      'select',
      { 'aria-label': 'Xã, phường', value: rule.communeCode ?? '' },
      h('option', { value: '' }, 'Mọi xã, phường'),
      current.map((c) => h('option', { value: c.code }, c.name)),
    );
    const fieldSel = h(
      'select',
      { 'aria-label': 'Lĩnh vực', value: rule.field ?? '' },
      h('option', { value: '' }, 'Mọi lĩnh vực'),
      state.fields.map((f) => h('option', { value: f.id }, f.name)),
    );
    const unit = h(
      'select',
      { 'aria-label': 'Đơn vị xử lý', value: rule.unit },
      unitOptions.map((o) => o.cloneNode(true)),
    );
    unit.value = rule.unit;
    const days = h('input', {
      type: 'number',
      min: 1,
      max: 60,
      'aria-label': 'Hạn (ngày làm việc)',
      value: rule.deadlineDays ?? '',
      placeholder: String(r.defaultDeadlineDays),
      title: 'Để trống: dùng hạn mặc định',
    });
    const tr = h(
      'tr',
      null,
      h('td', null, commune),
      h('td', null, fieldSel),
      h('td', null, unit),
      h('td', null, days),
      h('td', null, h('button', { type: 'button', class: 'secondary small', onClick: () => tr.remove() }, 'Bỏ')),
    );
    tr.read = () => ({
      communeCode: commune.value || null,
      field: fieldSel.value || null,
      unit: unit.value,
      ...(days.value ? { deadlineDays: Number(days.value) } : {}),
    });
    tbody.append(tr);
  };
  r.rules.forEach(addRow);
  const fallback = h(
    'select',
    { value: r.fallbackUnit },
    unitOptions.map((o) => o.cloneNode(true)),
  );
  fallback.value = r.fallbackUnit;
  const deadline = h('input', { type: 'number', min: 1, max: 60, value: r.defaultDeadlineDays });
  replace(
    el,
    h('h1', null, 'Quy tắc chuyển phản ánh'),
    h(
      'p',
      { class: 'muted' },
      'Quy tắc có cả xã và lĩnh vực được ưu tiên, rồi đến quy tắc theo xã, rồi theo lĩnh vực; không khớp quy tắc nào thì chuyển đến đơn vị mặc định.',
    ),
    saveForm(
      'Quy tắc',
      [
        h('div', { class: 'form-grid' }, field('Đơn vị mặc định', fallback), field('Hạn xử lý mặc định (ngày làm việc)', deadline)),
        h(
          'div',
          { class: 'scroll-x' },
          h(
            'table',
            { class: 'list rules' },
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', null, 'Xã, phường'),
                h('th', null, 'Lĩnh vực'),
                h('th', null, 'Đơn vị xử lý'),
                h('th', null, 'Hạn (ngày)'),
                h('th', null, h('span', { class: 'sr-only' }, 'Bỏ')),
              ),
            ),
            tbody,
          ),
        ),
        h('button', { type: 'button', class: 'secondary', onClick: () => addRow() }, 'Thêm quy tắc'),
      ],
      async () => {
        await api('/api/staff/settings/routing', {
          method: 'PUT',
          body: {
            fallbackUnit: fallback.value,
            defaultDeadlineDays: Number(deadline.value),
            rules: [...tbody.children].map((tr) => tr.read()),
          },
        });
        toast('Đã lưu quy tắc. Phản ánh mới gửi sẽ theo quy tắc này.');
      },
    ),
  );
}

// ── Holidays ──
const linesOf = (days) => days.map((d) => `${d.date} ${d.name}`).join('\n');
const parseLines = (text) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ date: l.slice(0, 10), name: l.slice(10).trim() }));

async function holidays(el, query) {
  const { items } = await api('/api/staff/settings/holidays');
  const year = Number(query.get('year') ?? items.at(-1)?.year ?? new Date().getFullYear());
  const rec = items.find((y) => y.year === year) ?? { year, holidays: [], workingWeekends: [], source: null };
  const hol = h('textarea', { rows: 10, value: linesOf(rec.holidays) });
  const work = h('textarea', { rows: 3, value: linesOf(rec.workingWeekends) });
  const source = h('input', { value: rec.source ?? '' });
  const pick = h(
    'select',
    { value: String(year), onChange: (e) => go(`#/settings/holidays?year=${e.target.value}`) },
    [...new Set([...items.map((y) => y.year), year, year + 1])].sort().map((y) => h('option', { value: String(y) }, String(y))),
  );
  replace(
    el,
    h('h1', null, 'Ngày nghỉ lễ'),
    h(
      'p',
      { class: 'muted' },
      'Hạn xử lý tính theo ngày làm việc: bỏ thứ Bảy, Chủ nhật và các ngày nghỉ dưới đây; ngày làm bù cuối tuần được tính là ngày làm việc.',
    ),
    h('div', { class: 'narrow' }, field('Năm', pick)),
    saveForm(
      `Năm ${year}`,
      [
        rec.origin === 'content' ? h('p', { class: 'hint' }, 'Bảng này đến từ tệp nội dung.') : null,
        field('Ngày nghỉ (mỗi dòng: YYYY-MM-DD Tên ngày nghỉ)', hol),
        field('Ngày cuối tuần đi làm bù (mỗi dòng: YYYY-MM-DD Lý do)', work),
        field('Nguồn (văn bản công bố)', source),
      ],
      async () => {
        await api(`/api/staff/settings/holidays/${year}`, {
          method: 'PUT',
          body: { holidays: parseLines(hol.value), workingWeekends: parseLines(work.value), source: source.value.trim() || null },
        });
        toast(`Đã lưu ngày nghỉ năm ${year}.`);
      },
    ),
  );
}

// ── Staff accounts ──
async function staff(el) {
  const { items } = await api('/api/staff/settings/staff');
  const editor = h('div');
  const roleBoxes = (selected) =>
    ROLES.map(([v, label]) =>
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'role', value: v, checked: selected.includes(v) }), ` ${label}`),
    );
  const unitBoxes = (selected) =>
    state.units.map((u) =>
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'checkbox', name: 'unit', value: u.id, checked: selected.includes(u.id) }),
        ` ${u.name}`,
      ),
    );
  const checked = (root, name) => [...root.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);

  const create = () => {
    const username = h('input', { required: true, autocomplete: 'off' });
    const displayName = h('input', { required: true });
    const password = h('input', { type: 'password', required: true, minlength: 10, autocomplete: 'new-password' });
    const box = h('div');
    replace(
      editor,
      saveForm(
        'Tạo tài khoản cán bộ',
        [
          h(
            'div',
            { class: 'form-grid' },
            field('Tên đăng nhập', username),
            field('Họ và tên', displayName),
            field('Mật khẩu ban đầu', password, 'Ít nhất 12 ký tự, không dùng mật khẩu phổ biến.'),
          ),
          h('fieldset', null, h('legend', null, 'Vai trò'), roleBoxes(['handler'])),
          h('fieldset', null, h('legend', null, 'Thuộc đơn vị (cán bộ xử lý chỉ thấy phản ánh của các đơn vị này)'), unitBoxes([])),
          box,
        ],
        async () => {
          const form = editor.querySelector('form');
          await api('/api/staff/settings/staff', {
            method: 'POST',
            body: {
              username: username.value,
              displayName: displayName.value,
              password: password.value,
              roles: checked(form, 'role'),
              units: checked(form, 'unit'),
            },
          });
          toast('Đã tạo tài khoản.');
          await staff(el);
        },
      ),
    );
    username.focus();
  };
  const edit = (s) => {
    const displayName = h('input', { required: true, value: s.displayName });
    const active = h('input', { type: 'checkbox', checked: s.active });
    const password = h('input', { type: 'password', minlength: 10, autocomplete: 'new-password' });
    replace(
      editor,
      saveForm(
        `Sửa tài khoản ${s.username}`,
        [
          field('Họ và tên', displayName),
          h('fieldset', null, h('legend', null, 'Vai trò'), roleBoxes(s.roles)),
          h('fieldset', null, h('legend', null, 'Thuộc đơn vị'), unitBoxes(s.units)),
          h('label', { class: 'check' }, active, ' Đang hoạt động (bỏ chọn để khóa tài khoản)'),
          field(
            'Đặt mật khẩu mới (để trống nếu không đổi)',
            password,
            'Đổi mật khẩu, vai trò hoặc khóa tài khoản sẽ đăng xuất mọi phiên của người đó.',
          ),
        ],
        async () => {
          const form = editor.querySelector('form');
          await api(`/api/staff/settings/staff/${s.id}`, {
            method: 'PATCH',
            body: { displayName: displayName.value, roles: checked(form, 'role'), units: checked(form, 'unit'), active: active.checked },
          });
          if (password.value)
            await api(`/api/staff/settings/staff/${s.id}/password`, { method: 'POST', body: { password: password.value } });
          toast('Đã lưu tài khoản.');
          await staff(el);
        },
      ),
    );
  };
  const unitName = (id) => state.units.find((u) => u.id === id)?.name ?? id;
  replace(
    el,
    h('div', { class: 'page-head' }, h('h1', null, 'Tài khoản cán bộ'), h('button', { type: 'button', onClick: create }, 'Tạo tài khoản')),
    editor,
    h(
      'table',
      { class: 'list' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', null, 'Cán bộ'),
          h('th', null, 'Vai trò'),
          h('th', null, 'Đơn vị'),
          h('th', null, 'Đăng nhập gần nhất'),
          h('th'),
        ),
      ),
      h(
        'tbody',
        null,
        items.map((s) =>
          h(
            'tr',
            { class: s.active ? null : 'inactive' },
            h('td', null, h('div', null, s.displayName), h('div', { class: 'muted small' }, s.username, s.active ? '' : ' · đã khóa')),
            h('td', { class: 'small' }, s.roles.map((r) => ROLES.find(([v]) => v === r)?.[1] ?? r).join(', ')),
            h('td', { class: 'small' }, s.units.map(unitName).join(', ') || '—'),
            h('td', { class: 'small' }, s.lastLoginAt ? vnDateTime(s.lastLoginAt) : 'Chưa đăng nhập'),
            h('td', null, h('button', { type: 'button', class: 'secondary small', onClick: () => edit(s) }, 'Sửa')),
          ),
        ),
      ),
    ),
  );
}

// ── Audit log ──
const ACTION = {
  'auth.login': 'Đăng nhập',
  'auth.login_failed': 'Đăng nhập sai',
  'auth.logout': 'Đăng xuất',
  'feedback.acknowledge': 'Nhận xử lý',
  'feedback.answer': 'Trả lời',
  'feedback.publish': 'Công khai trả lời',
  'feedback.unpublish': 'Thôi công khai',
  'feedback.transfer': 'Chuyển đơn vị',
  'feedback.reject': 'Không tiếp nhận',
  'feedback.duplicate': 'Đánh dấu trùng',
  'feedback.close': 'Kết thúc',
  'feedback.note': 'Ghi chú nội bộ',
  'delivery.retry': 'Gửi lại',
  'content.create': 'Thêm nội dung',
  'content.update': 'Sửa nội dung',
  'content.delete': 'Xóa nội dung',
  'settings.routing': 'Sửa quy tắc chuyển',
  'staff.create': 'Tạo tài khoản',
  'staff.update': 'Sửa tài khoản',
  'staff.password': 'Đặt lại mật khẩu',
};
/** Audit details in words: "Từ: Đã tiếp nhận · Sang: Đang xử lý", not "from: received · to: in_progress". */
const DATA_KEY = {
  from: 'Từ',
  to: 'Sang',
  publish: 'Công khai',
  notified: 'Đã báo người gửi',
  deliveries: 'Số lần gửi',
  of: 'Trùng với',
  feedback: 'Phản ánh',
  channel: 'Kênh',
  roles: 'Vai trò',
  units: 'Số đơn vị',
  id: 'Mã',
  ip: 'Địa chỉ IP',
  reason: 'Lý do',
};
const CHANNEL_WORDS = { email: 'Thư điện tử', webhook: 'Webhook', zalo: 'Zalo OA' };
function dataValue(key, v) {
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  if (key === 'channel') return CHANNEL_WORDS[v] ?? v;
  if ((key === 'from' || key === 'to') && STATUS_LABEL[v]) return STATUS_LABEL[v];
  return readable(String(v));
}
const TARGET = { staff: 'Tài khoản', handling_unit: 'Đơn vị', routing: 'Quy tắc chuyển', holidays: 'Ngày nghỉ năm', delivery: 'Lần gửi' };
function targetCell(t) {
  if (!t) return '';
  if (t.type === 'feedback') return h('a', { href: `#/feedback/${encodeURIComponent(t.id)}` }, t.id);
  if (t.type === 'staff') return `Tài khoản ${state.staffNames?.get(t.id) ?? t.id.slice(0, 8)}`;
  if (t.type === 'routing') return TARGET.routing;
  return `${TARGET[t.type] ?? t.type}: ${t.id}`;
}

async function audit(el, query) {
  // Account ids → usernames, so the log reads "Tài khoản quantri".
  const accounts = await api('/api/staff/settings/staff').catch(() => ({ items: [] }));
  state.staffNames = new Map(accounts.items.map((s) => [s.id, s.username]));
  const q = Object.fromEntries(query.entries());
  const data = await api(`/api/staff/audit${qs({ ...q, limit: 100 })}`);
  const by = h('input', { value: q.by ?? '', placeholder: 'tên đăng nhập' });
  const action = h(
    'select',
    { value: q.action ?? '' },
    h('option', { value: '' }, 'Mọi thao tác'),
    Object.entries(ACTION).map(([v, l]) => h('option', { value: v }, l)),
  );
  replace(
    el,
    h('div', { class: 'page-head' }, h('h1', null, 'Nhật ký thao tác'), h('p', { class: 'muted' }, `${data.total} sự kiện`)),
    h(
      'form',
      {
        class: 'filters',
        onSubmit: (e) => {
          e.preventDefault();
          go(`#/settings/audit${qs({ by: by.value.trim(), action: action.value })}`);
        },
      },
      field('Cán bộ', by),
      field('Thao tác', action),
      h('button', { type: 'submit', class: 'secondary' }, 'Lọc'),
    ),
    h(
      'table',
      { class: 'list' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', null, 'Lúc'),
          h('th', null, 'Cán bộ'),
          h('th', null, 'Thao tác'),
          h('th', null, 'Đối tượng'),
          h('th', null, 'Chi tiết'),
        ),
      ),
      h(
        'tbody',
        null,
        data.items.map((a) =>
          h(
            'tr',
            null,
            h('td', { class: 'nowrap small' }, vnDateTime(a.at)),
            h('td', null, a.username),
            h('td', null, ACTION[a.action] ?? a.action),
            h('td', null, targetCell(a.target)),
            h(
              'td',
              { class: 'small muted' },
              Object.entries(a.data)
                .filter(([, v]) => v !== null)
                .map(([k, v]) => `${DATA_KEY[k] ?? k}: ${dataValue(k, v)}`)
                .join(' · '),
            ),
          ),
        ),
      ),
    ),
  );
}

export async function renderSettings(el, page, query) {
  const pages = { units, routing, holidays, staff, audit };
  const titles = {
    units: 'Đơn vị xử lý',
    routing: 'Quy tắc chuyển',
    holidays: 'Ngày nghỉ lễ',
    staff: 'Tài khoản cán bộ',
    audit: 'Nhật ký thao tác',
  };
  document.title = `${titles[page] ?? 'Cài đặt'} — Bảng điều khiển cán bộ`;
  await (pages[page] ?? units)(el, query);
}
