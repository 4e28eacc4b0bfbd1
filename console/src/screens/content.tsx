// Content editors: hotlines, news, guides, FAQ, answer templates. Records from content/ show as
// such; saving stores the console version, which a content reload keeps.
import type { Field, ListResponse } from '@contract';
import type { ContentKind, ContentMeta, ContentRecord } from '@contract/staff.js';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type FieldSpec, RecordFields, readRecord } from '@/components/record-form.js';
import { useToast } from '@/components/toast.js';
import { ErrorBox, Loading, PageHead } from '@/components/ui.js';
import { api } from '@/lib/api.js';
import { vnDate, vnDateTime } from '@/lib/format.js';
import { HOTLINE_GROUPS, HOTLINE_TOPICS } from '@/lib/labels.js';
import { useLoad } from '@/lib/use-load.js';
import { useSession } from '@/session.js';

const ID: FieldSpec = {
  name: 'id',
  label: 'Mã (chữ thường không dấu, gạch ngang)',
  type: 'text',
  required: true,
  hint: 'Ví dụ: duong-day-nong-xa. Không đổi được sau khi tạo.',
};
const fieldOptions = (fields: readonly Field[]) => fields.map((f) => [f.id, f.name] as const);

interface KindView {
  title: string;
  columns: [string, string][];
  spec: (fields: readonly Field[]) => FieldSpec[];
}

export const KINDS: Record<ContentKind, KindView> = {
  hotlines: {
    title: 'Đường dây nóng',
    columns: [
      ['name', 'Tên'],
      ['number', 'Số'],
      ['group', 'Nhóm'],
    ],
    spec: () => [
      ID,
      { name: 'group', label: 'Nhóm', type: 'select', required: true, options: HOTLINE_GROUPS },
      { name: 'topic', label: 'Việc (trợ lý hỏi đáp chọn số theo việc)', type: 'select', required: true, options: HOTLINE_TOPICS },
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
    spec: (fields) => [
      ID,
      { name: 'question', label: 'Câu hỏi', type: 'text', required: true },
      { name: 'answer', label: 'Trả lời', type: 'textarea', required: true, rows: 6 },
      { name: 'field', label: 'Lĩnh vực', type: 'select', nullable: true, options: fieldOptions(fields) },
      { name: 'procedures', label: 'Mã thủ tục liên quan (cách nhau bằng dấu phẩy)', type: 'list' },
    ],
  },
  templates: {
    title: 'Mẫu trả lời',
    columns: [
      ['title', 'Tên mẫu'],
      ['field', 'Lĩnh vực'],
    ],
    spec: (fields) => [
      ID,
      { name: 'title', label: 'Tên mẫu', type: 'text', required: true },
      { name: 'field', label: 'Dùng cho lĩnh vực', type: 'select', nullable: true, empty: 'Mọi lĩnh vực', options: fieldOptions(fields) },
      { name: 'text', label: 'Nội dung mẫu', type: 'textarea', required: true, rows: 8 },
    ],
  },
};

const isKind = (k: string): k is ContentKind => k in KINDS;
type AnyRecord = ContentRecord<ContentKind> & Record<string, unknown>;

/** A list cell: labels instead of codes, Vietnamese dates. */
function cell(name: string, r: AnyRecord, fields: readonly Field[]): string {
  if (name === 'field') return fields.find((f) => f.id === r.field)?.name ?? 'Mọi lĩnh vực';
  if (name === 'group') return HOTLINE_GROUPS.find(([v]) => v === r.group)?.[1] ?? String(r.group);
  if (name === 'publishedAt' || name === 'updatedAt') return vnDate(r[name] as string);
  return String(r[name] ?? '');
}

const OriginTag = ({ r }: { r: ContentMeta }) =>
  r.origin === 'console' ? (
    <span className="tag edited" title={`Sửa bởi ${r.editedBy ?? ''} lúc ${vnDateTime(r.editedAt)}`}>
      Đã sửa trong bảng điều khiển
    </span>
  ) : (
    <span className="tag">Từ tệp nội dung</span>
  );

/** Save a record of a kind: PUT /api/staff/content/:kind/:id. */
export const saveContent = (kind: ContentKind, id: string, body: unknown) =>
  api<{ created: boolean }>(`/api/staff/content/${kind}/${encodeURIComponent(id)}`, { method: 'PUT', body });

export function ContentScreen({ kind: asked }: { kind: string }) {
  const kind: ContentKind = isKind(asked) ? asked : 'hotlines';
  const k = KINDS[kind];
  const { fields } = useSession();
  const toast = useToast();
  const base = `/api/staff/content/${kind}`;
  const { data, error, reload } = useLoad(() => api<ListResponse<AnyRecord>>(base), kind);
  /** The record being edited; {} = a new one; null = no editor open. */
  const [editing, setEditing] = useState<{ record: AnyRecord | null; n: number } | null>(null);
  useEffect(() => {
    document.title = `${k.title} — Bảng điều khiển cán bộ`;
  }, [k.title]);
  if (!data) return <Loading error={error} />;

  return (
    <>
      <PageHead title={k.title}>
        <button type="button" onClick={() => setEditing({ record: null, n: Date.now() })}>
          Thêm mới
        </button>
      </PageHead>
      <div aria-live="polite">
        {editing ? (
          <Editor
            key={editing.n}
            kind={kind}
            record={editing.record}
            spec={k.spec(fields)}
            onClose={() => setEditing(null)}
            onSaved={async (message) => {
              toast(message);
              setEditing(null);
              await reload();
            }}
          />
        ) : null}
      </div>
      {data.items.length ? (
        <div className="scroll-x">
          <table className="list stack">
            <thead>
              <tr>
                {k.columns.map(([name, label]) => (
                  <th key={name} scope="col">
                    {label}
                  </th>
                ))}
                <th scope="col">Nguồn</th>
                <th scope="col">
                  <span className="sr-only">Sửa</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((r) => (
                <tr key={r.id}>
                  {k.columns.map(([name, label], i) => (
                    <td key={name} data-label={i === 0 ? undefined : label}>
                      {cell(name, r, fields)}
                    </td>
                  ))}
                  <td className="origin">
                    <OriginTag r={r} />
                    {r.example ? <span className="tag warn">Ví dụ</span> : null}
                  </td>
                  <td className="edit">
                    <button type="button" className="secondary small" onClick={() => setEditing({ record: r, n: Date.now() })}>
                      Sửa
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">Chưa có mục nào.</p>
      )}
    </>
  );
}

function Editor(props: {
  kind: ContentKind;
  record: AnyRecord | null;
  spec: FieldSpec[];
  onClose: () => void;
  onSaved: (message: string) => Promise<void>;
}) {
  const { kind, record } = props;
  const form = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const spec = props.spec.map((f) => (f.name === 'id' && record ? { ...f, readOnly: true } : f));
  const initial: Record<string, unknown> = record ?? (kind === 'news' ? { publishedAt: new Date().toISOString().slice(0, 10) } : {});
  useEffect(() => {
    const controls = form.current?.querySelectorAll<HTMLElement>('input, textarea, select');
    (record ? controls?.[1] : controls?.[0])?.focus();
  }, [record]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form.current) return;
    const { id, ...body } = readRecord(form.current, spec);
    try {
      const res = await saveContent(kind, String(id), body);
      await props.onSaved(res.created ? 'Đã thêm.' : 'Đã lưu.');
    } catch (err) {
      setFailure(err);
    }
  }
  async function remove() {
    if (!record || !confirm('Xóa mục này?')) return;
    try {
      await api(`/api/staff/content/${kind}/${encodeURIComponent(record.id)}`, { method: 'DELETE' });
      await props.onSaved('Đã xóa.');
    } catch (err) {
      setFailure(err);
    }
  }
  const name = record ? String(record.title ?? record.name ?? record.question ?? record.id) : '';
  return (
    <form className="card" ref={form} onSubmit={submit}>
      <h2>{record ? `Sửa: ${name}` : `Thêm ${KINDS[kind].title.toLowerCase()}`}</h2>
      {record?.origin === 'content' ? (
        <p className="hint">Mục này đến từ tệp nội dung; bản sửa ở đây được giữ lại khi tải lại nội dung.</p>
      ) : null}
      <RecordFields spec={spec} record={initial} />
      <div>{failure ? <ErrorBox error={failure} /> : null}</div>
      <div className="buttons">
        <button type="submit">Lưu</button>
        <button type="button" className="secondary" onClick={props.onClose}>
          Hủy
        </button>
        {record && !record.seeded ? (
          <button type="button" className="danger" onClick={remove}>
            Xóa
          </button>
        ) : null}
      </div>
    </form>
  );
}
