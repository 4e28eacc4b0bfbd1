// Inbox: the unit's feedback with filters (status, field, due, unit, search) and paging.
import type { InboxResponse } from '@contract/staff.js';
import { type FormEvent, useEffect, useRef } from 'react';
import { DueBadge, Field, Loading, PageHead } from '@/components/ui.js';
import { api, qs } from '@/lib/api.js';
import { vnDate } from '@/lib/format.js';
import { INBOX_TITLES, KIND_LABELS, STATUS_FILTERS } from '@/lib/labels.js';
import { go } from '@/lib/router.js';
import { useLoad } from '@/lib/use-load.js';
import { fieldName, useSession } from '@/session.js';

const PAGE = 50;

export function InboxScreen({ query, visit }: { query: URLSearchParams; visit: number }) {
  const { me, units, fields, can, refreshCounts } = useSession();
  const q = Object.fromEntries(query.entries());
  const status = q.status ?? 'open';
  const offset = Number(q.offset ?? 0);
  const { data, error } = useLoad(async () => {
    const [list] = await Promise.all([
      api<InboxResponse>(`/api/staff/feedback${qs({ ...q, status, limit: PAGE, offset })}`),
      refreshCounts(),
    ]);
    return list;
  }, `${query.toString()}#${visit}`);
  const title = q.due === 'overdue' ? 'Phản ánh quá hạn' : q.due === 'soon' ? 'Phản ánh sắp đến hạn' : (INBOX_TITLES[status] ?? 'Phản ánh');
  useEffect(() => {
    document.title = `${title} — Bảng điều khiển cán bộ`;
  }, [title]);
  const search = useRef<HTMLInputElement>(null);
  if (!data) return <Loading error={error} />;

  const manyUnits = can('feedback.allUnits') || me.units.length > 1;
  const set = (patch: Record<string, string>) => go(`#/inbox${qs({ ...q, status, ...patch, offset: undefined })}`);
  const select = (name: string, options: [string, string][], value: string | undefined) => (
    <select name={name} value={value ?? ''} onChange={(e) => set({ [name]: e.target.value })}>
      {options.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    set({ q: search.current?.value.trim() ?? '' });
  };

  return (
    <>
      <PageHead title={title}>
        <p className="muted">{`${data.total} phản ánh`}</p>
      </PageHead>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet announced by every screen reader the offices use */}
      <form className="filters" role="search" onSubmit={onSearch}>
        <Field label="Trạng thái">{select('status', STATUS_FILTERS, status)}</Field>
        <Field label="Lĩnh vực">
          {select('field', [['', 'Tất cả lĩnh vực'], ...fields.map((f): [string, string] => [f.id, f.name])], q.field)}
        </Field>
        <Field label="Hạn xử lý">
          {select(
            'due',
            [
              ['', 'Mọi hạn'],
              ['soon', 'Sắp đến hạn (≤ 2 ngày làm việc)'],
              ['overdue', 'Quá hạn'],
            ],
            q.due,
          )}
        </Field>
        {manyUnits ? (
          <Field label="Đơn vị">
            {select(
              'unit',
              [
                ['', 'Tất cả đơn vị'],
                ...units
                  .filter((u) => can('feedback.allUnits') || me.units.some((m) => m.id === u.id))
                  .map((u): [string, string] => [u.id, u.name]),
              ],
              q.unit,
            )}
          </Field>
        ) : null}
        <Field label="Tìm">
          <input key={q.q ?? ''} type="search" name="q" defaultValue={q.q ?? ''} placeholder="Mã theo dõi hoặc tiêu đề" ref={search} />
        </Field>
        <button type="submit" className="secondary">
          Tìm
        </button>
      </form>
      {data.items.length ? (
        <div className="scroll-x">
          <table className="list">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Mã</th>
                <th scope="col">Nội dung</th>
                {manyUnits ? <th scope="col">Đơn vị</th> : null}
                <th scope="col">Ngày gửi</th>
                <th scope="col">Hạn xử lý</th>
                <th scope="col">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((i) => (
                <tr key={i.trackingCode} className={i.overdue ? 'overdue' : undefined}>
                  <td>
                    <a href={`#/feedback/${encodeURIComponent(i.trackingCode)}`} className="code">
                      {i.trackingCode}
                    </a>
                  </td>
                  <td>
                    <div className="subject">{i.subject}</div>
                    <div className="muted small">
                      {KIND_LABELS[i.kind]}
                      {i.field ? ` · ${fieldName(fields, i.field)}` : ''}
                    </div>
                  </td>
                  {manyUnits ? <td className="small">{i.unit.name}</td> : null}
                  <td className="nowrap">{vnDate(i.createdAt)}</td>
                  <td className="nowrap">
                    {vnDate(i.dueAt)}
                    <div>
                      <DueBadge item={i} />
                    </div>
                  </td>
                  <td>
                    <span className={`status s-${i.status}`}>{i.statusLabel}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">Không có phản ánh nào khớp bộ lọc.</p>
      )}
      {data.total > PAGE ? (
        <nav className="pager" aria-label="Trang">
          {offset > 0 ? <a href={`#/inbox${qs({ ...q, status, offset: Math.max(0, offset - PAGE) })}`}>← Trang trước</a> : null}
          <span>{`${offset + 1}–${Math.min(offset + PAGE, data.total)} / ${data.total}`}</span>
          {offset + PAGE < data.total ? <a href={`#/inbox${qs({ ...q, status, offset: offset + PAGE })}`}>Trang sau →</a> : null}
        </nav>
      ) : null}
    </>
  );
}
