// Content editors: hotlines, news, guides, FAQ, answer templates. Records from content/ show
// as such; saving stores the console version, which a content reload keeps.
import { api } from '../api.js';
import { state } from '../app.js';
import { errorBox, h, replace, toast, vnDate, vnDateTime } from '../dom.js';
import { buildForm } from './forms.js';

const ID = {
  name: 'id',
  label: 'Mã (chữ thường không dấu, gạch ngang)',
  type: 'text',
  required: true,
  hint: 'Ví dụ: duong-day-nong-xa. Không đổi được sau khi tạo.',
};
const fields = () => state.fields.map((f) => [f.id, f.name]);
const GROUPS = [
  ['khan_cap', 'Khẩn cấp'],
  ['dia_phuong', 'Của địa phương'],
  ['phan_anh', 'Tiếp nhận phản ánh'],
  ['dich_vu_cong', 'Dịch vụ công'],
];

export const KINDS = {
  hotlines: {
    title: 'Đường dây nóng',
    columns: [
      ['name', 'Tên'],
      ['number', 'Số'],
      ['group', 'Nhóm'],
    ],
    spec: () => [
      ID,
      {
        name: 'group',
        label: 'Nhóm',
        type: 'select',
        required: true,
        options: GROUPS,
      },
      {
        name: 'topic',
        label: 'Việc (trợ lý hỏi đáp chọn số theo việc)',
        type: 'select',
        required: true,
        options: [
          ['tre_em', 'Bảo vệ trẻ em'],
          ['cuu_nan', 'Cứu nạn, thiên tai'],
          ['an_ninh', 'An ninh, trật tự'],
          ['chay_no', 'Cháy, nổ'],
          ['cap_cuu', 'Cấp cứu y tế'],
          ['dich_vu_cong', 'Dịch vụ công trực tuyến'],
          ['mot_cua', 'Thủ tục ở xã'],
          ['cu_tru', 'Cư trú, căn cước'],
          ['phan_anh', 'Phản ánh, kiến nghị'],
        ],
      },
      { name: 'name', label: 'Tên', type: 'text', required: true },
      {
        name: 'number',
        label: 'Số điện thoại',
        type: 'text',
        nullable: true,
        hint: 'Chỉ ghi số đã kiểm tra. Không bịa số. Để trống nếu chưa có (không hiện nút gọi).',
      },
      { name: 'email', label: 'Thư điện tử nhận phản ánh', type: 'text', nullable: true },
      { name: 'purpose', label: 'Gọi khi nào', type: 'textarea', required: true, rows: 2 },
      { name: 'hours', label: 'Giờ trực', type: 'text', nullable: true },
      { name: 'source', label: 'Nguồn đối chiếu', type: 'text', nullable: true },
      { name: 'example', label: 'Số ví dụ (chưa phải số thật, cần thay)', type: 'checkbox' },
    ],
  },
  news: {
    title: 'Tin tức',
    columns: [
      ['title', 'Tiêu đề'],
      ['publishedAt', 'Ngày đăng'],
    ],
    spec: () => [
      ID,
      { name: 'title', label: 'Tiêu đề', type: 'text', required: true },
      { name: 'summary', label: 'Tóm tắt', type: 'textarea', rows: 2 },
      { name: 'publishedAt', label: 'Ngày đăng', type: 'date', required: true },
      { name: 'body', label: 'Nội dung (Markdown)', type: 'textarea', required: true, rows: 12 },
      { name: 'example', label: 'Tin ví dụ', type: 'checkbox' },
    ],
  },
  guides: {
    title: 'Hướng dẫn',
    columns: [
      ['title', 'Tiêu đề'],
      ['updatedAt', 'Cập nhật'],
    ],
    spec: () => [
      ID,
      { name: 'title', label: 'Tiêu đề', type: 'text', required: true },
      { name: 'summary', label: 'Tóm tắt', type: 'textarea', rows: 2 },
      { name: 'order', label: 'Thứ tự', type: 'number' },
      { name: 'updatedAt', label: 'Ngày cập nhật', type: 'date', required: true },
      { name: 'body', label: 'Nội dung (Markdown)', type: 'textarea', required: true, rows: 14 },
    ],
  },
  faq: {
    title: 'Hỏi đáp',
    columns: [['question', 'Câu hỏi']],
    spec: () => [
      ID,
      { name: 'question', label: 'Câu hỏi', type: 'text', required: true },
      { name: 'answer', label: 'Trả lời', type: 'textarea', required: true, rows: 6 },
      { name: 'field', label: 'Lĩnh vực', type: 'select', nullable: true, options: fields() },
      { name: 'procedures', label: 'Mã thủ tục liên quan (cách nhau bằng dấu phẩy)', type: 'list' },
    ],
  },
  templates: {
    title: 'Mẫu trả lời',
    columns: [
      ['title', 'Tên mẫu'],
      ['field', 'Lĩnh vực'],
    ],
    spec: () => [
      ID,
      { name: 'title', label: 'Tên mẫu', type: 'text', required: true },
      { name: 'field', label: 'Dùng cho lĩnh vực', type: 'select', nullable: true, empty: 'Mọi lĩnh vực', options: fields() },
      { name: 'text', label: 'Nội dung mẫu', type: 'textarea', required: true, rows: 8 },
    ],
  },
};

/** A list cell: labels instead of codes, Vietnamese dates. */
function cell(name, r) {
  if (name === 'field') return state.fields.find((f) => f.id === r.field)?.name ?? 'Mọi lĩnh vực';
  if (name === 'group') return GROUPS.find(([v]) => v === r.group)?.[1] ?? r.group;
  if (name === 'publishedAt' || name === 'updatedAt') return vnDate(r[name]);
  return String(r[name] ?? '');
}

const originTag = (r) =>
  r.origin === 'console'
    ? h('span', { class: 'tag edited', title: `Sửa bởi ${r.editedBy ?? ''} lúc ${vnDateTime(r.editedAt)}` }, 'Đã sửa trong bảng điều khiển')
    : h('span', { class: 'tag' }, 'Từ tệp nội dung');

export async function renderContent(el, kind) {
  const k = KINDS[kind] ?? KINDS.hotlines;
  const base = `/api/staff/content/${kind}`;
  const { items } = await api(base);
  document.title = `${k.title} — Bảng điều khiển cán bộ`;
  const editor = h('div', { 'aria-live': 'polite' });

  function edit(record) {
    const spec = k.spec();
    const form = buildForm(spec, record ?? (kind === 'news' ? { publishedAt: new Date().toISOString().slice(0, 10) } : {}));
    const idInput = form.el.querySelector('input');
    if (record) idInput.readOnly = true;
    const message = h('div');
    const el2 = h(
      'form',
      {
        class: 'card',
        onSubmit: async (e) => {
          e.preventDefault();
          const { id, ...body } = form.read();
          try {
            const res = await api(`${base}/${encodeURIComponent(id)}`, { method: 'PUT', body });
            toast(res.created ? 'Đã thêm.' : 'Đã lưu.');
            await renderContent(el, kind);
          } catch (err) {
            replace(message, errorBox(err));
          }
        },
      },
      h('h2', null, record ? `Sửa: ${record.title ?? record.name ?? record.question ?? record.id}` : `Thêm ${k.title.toLowerCase()}`),
      record?.origin === 'content'
        ? h('p', { class: 'hint' }, 'Mục này đến từ tệp nội dung; bản sửa ở đây được giữ lại khi tải lại nội dung.')
        : null,
      form.el,
      message,
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'submit' }, 'Lưu'),
        h('button', { type: 'button', class: 'secondary', onClick: () => replace(editor) }, 'Hủy'),
        record && !record.seeded
          ? h(
              'button',
              {
                type: 'button',
                class: 'danger',
                onClick: async () => {
                  if (!confirm('Xóa mục này?')) return;
                  try {
                    await api(`${base}/${encodeURIComponent(record.id)}`, { method: 'DELETE' });
                    toast('Đã xóa.');
                    await renderContent(el, kind);
                  } catch (err) {
                    replace(message, errorBox(err));
                  }
                },
              },
              'Xóa',
            )
          : null,
      ),
    );
    replace(editor, el2);
    (record ? el2.querySelectorAll('input, textarea, select')[1] : idInput)?.focus();
  }

  const table = items.length
    ? h(
        'table',
        { class: 'list' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            k.columns.map(([, label]) => h('th', { scope: 'col' }, label)),
            h('th', { scope: 'col' }, 'Nguồn'),
            h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Sửa')),
          ),
        ),
        h(
          'tbody',
          null,
          items.map((r) =>
            h(
              'tr',
              null,
              k.columns.map(([name]) => h('td', null, cell(name, r))),
              h('td', null, originTag(r), r.example ? h('span', { class: 'tag warn' }, 'Ví dụ') : null),
              h('td', null, h('button', { type: 'button', class: 'secondary small', onClick: () => edit(r) }, 'Sửa')),
            ),
          ),
        ),
      )
    : h('p', { class: 'empty' }, 'Chưa có mục nào.');
  replace(
    el,
    h('div', { class: 'page-head' }, h('h1', null, k.title), h('button', { type: 'button', onClick: () => edit(null) }, 'Thêm mới')),
    editor,
    table,
  );
}
