// Settings for admins: handling units and their channels, routing rules, holiday tables,
// staff accounts and the audit log.
import type { AdminUnit, ListResponse } from '@contract';
import { ROLES, type Role } from '@contract/constants.js';
import type { AuditItem, Channel, HandlingUnit, HolidayYear, Routing, StaffAccount } from '@contract/staff.js';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { type FieldSpec, RecordFields, readRecord } from '@/components/record-form.js';
import { useToast } from '@/components/toast.js';
import { ErrorBox, Field, Loading, PageHead } from '@/components/ui.js';
import { api, qs } from '@/lib/api.js';
import { readable, vnDateTime } from '@/lib/format.js';
import {
  AUDIT_ACTION,
  AUDIT_DATA_KEY,
  AUDIT_TARGET,
  CHANNEL_LABEL,
  COMMUNE_KINDS,
  ROLE_LABELS,
  ROLE_SHORT_LABELS,
  STATUS_LABEL,
} from '@/lib/labels.js';
import { go } from '@/lib/router.js';
import { useLoad } from '@/lib/use-load.js';
import { useSession } from '@/session.js';

const TITLES: Record<string, string> = {
  units: 'Đơn vị xử lý',
  routing: 'Quy tắc chuyển',
  holidays: 'Ngày nghỉ lễ',
  staff: 'Tài khoản cán bộ',
  audit: 'Nhật ký thao tác',
};

export function SettingsScreen({ page, query, visit }: { page: string; query: URLSearchParams; visit: number }) {
  useEffect(() => {
    document.title = `${TITLES[page] ?? 'Cài đặt'} — Bảng điều khiển cán bộ`;
  }, [page]);
  if (page === 'routing') return <RoutingPage key={visit} />;
  if (page === 'holidays') return <HolidaysPage key={`${query.get('year')}#${visit}`} year={query.get('year')} />;
  if (page === 'staff') return <StaffPage key={visit} />;
  if (page === 'audit') return <AuditPage key={`${query.toString()}#${visit}`} query={query} />;
  return <UnitsPage key={visit} />;
}

/** A form card that saves and shows the server's message on failure. */
function SaveForm({
  title,
  onSave,
  children,
  formRef,
}: {
  title: string;
  onSave: (form: HTMLFormElement) => Promise<void>;
  children: ReactNode;
  formRef?: React.RefObject<HTMLFormElement>;
}) {
  const [failure, setFailure] = useState<unknown>(null);
  const own = useRef<HTMLFormElement>(null);
  const ref = formRef ?? own;
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!ref.current) return;
    try {
      setFailure(null);
      await onSave(ref.current);
    } catch (err) {
      setFailure(err);
    }
  }
  return (
    <form className="card" onSubmit={submit} ref={ref}>
      <h2>{title}</h2>
      {children}
      <div>{failure ? <ErrorBox error={failure} /> : null}</div>
      <div className="buttons">
        <button type="submit">Lưu</button>
      </div>
    </form>
  );
}

// ── Handling units ──
const channelsText = (channels: readonly Channel[]) =>
  channels
    .map((c) =>
      c.type === 'email' ? `email: ${c.to}` : c.type === 'webhook' ? `webhook: ${c.url} ${c.secretEnv}` : `zalo: ${c.userIds.join(', ')}`,
    )
    .join('\n');

/** One channel a line: "email: …", "webhook: URL SECRET_ENV", "zalo: id1, id2" (the server checks them). */
function parseChannels(text: string): unknown[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [type = '', ...rest] = l.split(':');
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

const UNIT_SPEC: FieldSpec[] = [
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
];

function UnitsPage() {
  const toast = useToast();
  const { data, error, reload } = useLoad(() => api<ListResponse<HandlingUnit>>('/api/staff/settings/units'), 'units');
  const [editing, setEditing] = useState<{ unit: HandlingUnit | null; n: number } | null>(null);
  if (!data) return <Loading error={error} />;
  const edit = (unit: HandlingUnit | null) => setEditing({ unit, n: Date.now() });
  const u = editing?.unit ?? null;
  const spec = UNIT_SPEC.map((f) => (f.name === 'id' && u ? { ...f, readOnly: true } : f));
  return (
    <>
      <PageHead title="Đơn vị xử lý phản ánh">
        <button type="button" onClick={() => edit(null)}>
          Thêm đơn vị
        </button>
      </PageHead>
      <div>
        {editing ? (
          <SaveForm
            key={editing.n}
            title={u ? `Sửa: ${u.name}` : 'Thêm đơn vị xử lý'}
            onSave={async (form) => {
              const { id, channels, ...rest } = readRecord(form, spec);
              await api(`/api/staff/settings/units/${encodeURIComponent(String(id))}`, {
                method: 'PUT',
                body: { ...rest, channels: parseChannels(String(channels ?? '')) },
              });
              toast('Đã lưu đơn vị.');
              setEditing(null);
              await reload();
            }}
          >
            <RecordFields spec={spec} record={u ? { ...u, channels: channelsText(u.channels) } : {}} />
          </SaveForm>
        ) : null}
      </div>
      <div className="scroll-x">
        <table className="list">
          <thead>
            <tr>
              <th>Đơn vị</th>
              <th>Kênh nhận</th>
              <th>
                <span className="sr-only">Sửa</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((x) => (
              <tr key={x.id}>
                <td>
                  <div>{x.name}</div>
                  <div className="muted small">{`${x.id} · ${x.unitCode}`}</div>
                </td>
                <td className="small pre">{channelsText(x.channels) || 'Chưa có kênh'}</td>
                <td>
                  <button type="button" className="secondary small" onClick={() => edit(x)}>
                    Sửa
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

// ── Routing ──
interface RuleRow {
  key: number;
  communeCode: string;
  field: string;
  unit: string;
  deadlineDays: string;
}

function RoutingPage() {
  const { units, fields } = useSession();
  const toast = useToast();
  const { data, error } = useLoad(
    () => Promise.all([api<Routing>('/api/staff/settings/routing'), api<ListResponse<AdminUnit>>('/api/units')]),
    'routing',
  );
  if (!data) return <Loading error={error} />;
  const [r, communes] = data;
  const current = communes.items.filter((u) => COMMUNE_KINDS.includes(u.kind) && !u.validTo);
  return <RoutingForm routing={r} communes={current} units={units} fields={fields} toast={toast} />;
}

function RoutingForm({
  routing: r,
  communes,
  units,
  fields,
  toast,
}: {
  routing: Routing;
  communes: AdminUnit[];
  units: { id: string; name: string }[];
  fields: { id: string; name: string }[];
  toast: (t: string) => void;
}) {
  const next = useRef(0);
  const row = (rule?: Routing['rules'][number]): RuleRow => ({
    key: next.current++,
    communeCode: rule?.communeCode ?? '',
    field: rule?.field ?? '',
    unit: rule?.unit ?? units[0]?.id ?? '',
    deadlineDays: rule?.deadlineDays ? String(rule.deadlineDays) : '',
  });
  const [rows, setRows] = useState<RuleRow[]>(() => r.rules.map(row));
  const [fallback, setFallback] = useState(r.fallbackUnit);
  const [deadline, setDeadline] = useState(String(r.defaultDeadlineDays));
  const change = (key: number, patch: Partial<RuleRow>) => setRows((rs) => rs.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  const unitOptions = units.map((u) => (
    <option key={u.id} value={u.id}>
      {u.name}
    </option>
  ));
  return (
    <>
      <h1>Quy tắc chuyển phản ánh</h1>
      <p className="muted">
        Quy tắc có cả xã và lĩnh vực được ưu tiên, rồi đến quy tắc theo xã, rồi theo lĩnh vực; không khớp quy tắc nào thì chuyển đến đơn vị
        mặc định.
      </p>
      <SaveForm
        title="Quy tắc"
        onSave={async () => {
          await api('/api/staff/settings/routing', {
            method: 'PUT',
            body: {
              fallbackUnit: fallback,
              defaultDeadlineDays: Number(deadline),
              rules: rows.map((x) => ({
                communeCode: x.communeCode || null,
                field: x.field || null,
                unit: x.unit,
                ...(x.deadlineDays ? { deadlineDays: Number(x.deadlineDays) } : {}),
              })),
            },
          });
          toast('Đã lưu quy tắc. Phản ánh mới gửi sẽ theo quy tắc này.');
        }}
      >
        <div className="form-grid">
          <Field label="Đơn vị mặc định">
            <select value={fallback} onChange={(e) => setFallback(e.target.value)}>
              {unitOptions}
            </select>
          </Field>
          <Field label="Hạn xử lý mặc định (ngày làm việc)">
            <input type="number" min={1} max={60} value={deadline} onChange={(e) => setDeadline(e.target.value)} />
          </Field>
        </div>
        <div className="scroll-x">
          <table className="list rules">
            <thead>
              <tr>
                <th>Xã, phường</th>
                <th>Lĩnh vực</th>
                <th>Đơn vị xử lý</th>
                <th>Hạn (ngày)</th>
                <th>
                  <span className="sr-only">Bỏ</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((x) => (
                <tr key={x.key}>
                  <td>
                    <select aria-label="Xã, phường" value={x.communeCode} onChange={(e) => change(x.key, { communeCode: e.target.value })}>
                      <option value="">Mọi xã, phường</option>
                      {communes.map((c) => (
                        <option key={c.code} value={c.code}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select aria-label="Lĩnh vực" value={x.field} onChange={(e) => change(x.key, { field: e.target.value })}>
                      <option value="">Mọi lĩnh vực</option>
                      {fields.map((f) => (
                        <option key={f.id} value={f.id}>
                          {f.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select aria-label="Đơn vị xử lý" value={x.unit} onChange={(e) => change(x.key, { unit: e.target.value })}>
                      {unitOptions}
                    </select>
                  </td>
                  <td>
                    <input
                      type="number"
                      min={1}
                      max={60}
                      aria-label="Hạn (ngày làm việc)"
                      value={x.deadlineDays}
                      placeholder={String(r.defaultDeadlineDays)}
                      title="Để trống: dùng hạn mặc định"
                      onChange={(e) => change(x.key, { deadlineDays: e.target.value })}
                    />
                  </td>
                  <td>
                    <button type="button" className="secondary small" onClick={() => setRows((rs) => rs.filter((y) => y.key !== x.key))}>
                      Bỏ
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="button" className="secondary" onClick={() => setRows((rs) => [...rs, row()])}>
          Thêm quy tắc
        </button>
      </SaveForm>
    </>
  );
}

// ── Holidays ──
const linesOf = (days: readonly { date: string; name: string }[]) => days.map((d) => `${d.date} ${d.name}`).join('\n');
const parseLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ date: l.slice(0, 10), name: l.slice(10).trim() }));

function HolidaysPage({ year: asked }: { year: string | null }) {
  const toast = useToast();
  const { data, error } = useLoad(() => api<ListResponse<HolidayYear>>('/api/staff/settings/holidays'), 'holidays');
  if (!data) return <Loading error={error} />;
  const { items } = data;
  const year = Number(asked ?? items.at(-1)?.year ?? new Date().getFullYear());
  const rec = items.find((y) => y.year === year);
  const years = [...new Set([...items.map((y) => y.year), year, year + 1])].sort();
  return (
    <>
      <h1>Ngày nghỉ lễ</h1>
      <p className="muted">
        Hạn xử lý tính theo ngày làm việc: bỏ thứ Bảy, Chủ nhật và các ngày nghỉ dưới đây; ngày làm bù cuối tuần được tính là ngày làm việc.
      </p>
      <div className="narrow">
        <Field label="Năm">
          <select value={String(year)} onChange={(e) => go(`#/settings/holidays?year=${e.target.value}`)}>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {String(y)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <SaveForm
        title={`Năm ${year}`}
        onSave={async (form) => {
          const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
          await api(`/api/staff/settings/holidays/${year}`, {
            method: 'PUT',
            body: {
              holidays: parseLines(value('holidays')),
              workingWeekends: parseLines(value('workingWeekends')),
              source: value('source').trim() || null,
            },
          });
          toast(`Đã lưu ngày nghỉ năm ${year}.`);
        }}
      >
        {rec?.origin === 'content' ? <p className="hint">Bảng này đến từ tệp nội dung.</p> : null}
        <Field label="Ngày nghỉ (mỗi dòng: YYYY-MM-DD Tên ngày nghỉ)">
          <textarea name="holidays" rows={10} defaultValue={linesOf(rec?.holidays ?? [])} />
        </Field>
        <Field label="Ngày cuối tuần đi làm bù (mỗi dòng: YYYY-MM-DD Lý do)">
          <textarea name="workingWeekends" rows={3} defaultValue={linesOf(rec?.workingWeekends ?? [])} />
        </Field>
        <Field label="Nguồn (văn bản công bố)">
          <input name="source" defaultValue={rec?.source ?? ''} />
        </Field>
      </SaveForm>
    </>
  );
}

// ── Staff accounts ──
const checked = (form: HTMLFormElement, name: string) =>
  [...form.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((i) => i.value);

function RoleBoxes({ selected }: { selected: readonly Role[] }) {
  return (
    <fieldset>
      <legend>Vai trò</legend>
      {ROLES.map((r) => (
        <label key={r} className="check">
          <input type="checkbox" name="role" value={r} defaultChecked={selected.includes(r)} /> {ROLE_LABELS[r]}
        </label>
      ))}
    </fieldset>
  );
}

function UnitBoxes({ selected, legend }: { selected: readonly string[]; legend: string }) {
  const { units } = useSession();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {units.map((u) => (
        <label key={u.id} className="check">
          <input type="checkbox" name="unit" value={u.id} defaultChecked={selected.includes(u.id)} /> {u.name}
        </label>
      ))}
    </fieldset>
  );
}

function StaffPage() {
  const toast = useToast();
  const { units } = useSession();
  const { data, error, reload } = useLoad(() => api<ListResponse<StaffAccount>>('/api/staff/settings/staff'), 'staff');
  const [editing, setEditing] = useState<{ account: StaffAccount | null; n: number } | null>(null);
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editing && !editing.account) firstField.current?.focus();
  }, [editing]);
  if (!data) return <Loading error={error} />;
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const done = async (message: string) => {
    toast(message);
    setEditing(null);
    await reload();
  };
  const s = editing?.account ?? null;
  return (
    <>
      <PageHead title="Tài khoản cán bộ">
        <button type="button" onClick={() => setEditing({ account: null, n: Date.now() })}>
          Tạo tài khoản
        </button>
      </PageHead>
      <div>
        {editing && !s ? (
          <SaveForm
            key={editing.n}
            title="Tạo tài khoản cán bộ"
            onSave={async (form) => {
              const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
              await api('/api/staff/settings/staff', {
                method: 'POST',
                body: {
                  username: value('username'),
                  displayName: value('displayName'),
                  password: value('password'),
                  roles: checked(form, 'role'),
                  units: checked(form, 'unit'),
                },
              });
              await done('Đã tạo tài khoản.');
            }}
          >
            <div className="form-grid">
              <Field label="Tên đăng nhập">
                <input name="username" required autoComplete="off" ref={firstField} />
              </Field>
              <Field label="Họ và tên">
                <input name="displayName" required />
              </Field>
              <Field label="Mật khẩu ban đầu" hint="Ít nhất 12 ký tự, không dùng mật khẩu phổ biến.">
                <input name="password" type="password" required minLength={10} autoComplete="new-password" />
              </Field>
            </div>
            <RoleBoxes selected={['handler']} />
            <UnitBoxes selected={[]} legend="Thuộc đơn vị (cán bộ xử lý chỉ thấy phản ánh của các đơn vị này)" />
          </SaveForm>
        ) : null}
        {editing && s ? (
          <SaveForm
            key={editing.n}
            title={`Sửa tài khoản ${s.username}`}
            onSave={async (form) => {
              const el = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
              await api(`/api/staff/settings/staff/${s.id}`, {
                method: 'PATCH',
                body: {
                  displayName: el('displayName').value,
                  roles: checked(form, 'role'),
                  units: checked(form, 'unit'),
                  active: el('active').checked,
                },
              });
              const password = el('password').value;
              if (password) await api(`/api/staff/settings/staff/${s.id}/password`, { method: 'POST', body: { password } });
              await done('Đã lưu tài khoản.');
            }}
          >
            <Field label="Họ và tên">
              <input name="displayName" required defaultValue={s.displayName} />
            </Field>
            <RoleBoxes selected={s.roles} />
            <UnitBoxes selected={s.units} legend="Thuộc đơn vị" />
            <label className="check">
              <input type="checkbox" name="active" defaultChecked={s.active} /> Đang hoạt động (bỏ chọn để khóa tài khoản)
            </label>
            <Field
              label="Đặt mật khẩu mới (để trống nếu không đổi)"
              hint="Đổi mật khẩu, vai trò hoặc khóa tài khoản sẽ đăng xuất mọi phiên của người đó."
            >
              <input name="password" type="password" minLength={10} autoComplete="new-password" />
            </Field>
          </SaveForm>
        ) : null}
      </div>
      <div className="scroll-x">
        <table className="list">
          <thead>
            <tr>
              <th>Cán bộ</th>
              <th>Vai trò</th>
              <th>Đơn vị</th>
              <th>Đăng nhập gần nhất</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.items.map((a) => (
              <tr key={a.id} className={a.active ? undefined : 'inactive'}>
                <td>
                  <div>{a.displayName}</div>
                  <div className="muted small">
                    {a.username}
                    {a.active ? '' : ' · đã khóa'}
                  </div>
                </td>
                <td className="small">{a.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ')}</td>
                <td className="small">{a.units.map(unitName).join(', ') || '—'}</td>
                <td className="small">{a.lastLoginAt ? vnDateTime(a.lastLoginAt) : 'Chưa đăng nhập'}</td>
                <td>
                  <button type="button" className="secondary small" onClick={() => setEditing({ account: a, n: Date.now() })}>
                    Sửa
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

// ── Audit log ──
const NOTIFIED_LABEL: Record<string, string> = {
  none: 'không (người gửi không chọn nhận tin qua Zalo)',
  sent: 'đã gửi qua Zalo',
  pending: 'đang gửi qua Zalo',
  failed: 'chưa gửi được, sẽ thử lại',
};

function dataValue(key: string, v: string | number | boolean): string {
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  if (key === 'channel') return CHANNEL_LABEL[String(v)] ?? String(v);
  if ((key === 'from' || key === 'to') && String(v) in STATUS_LABEL) return STATUS_LABEL[v as keyof typeof STATUS_LABEL];
  // "handler,admin" → the roles' names; the citizen notice's outcome in words.
  if (key === 'roles')
    return String(v)
      .split(',')
      .map((r) => (ROLE_SHORT_LABELS as Record<string, string>)[r.trim()] ?? r)
      .join(', ');
  if (key === 'notified') return NOTIFIED_LABEL[String(v)] ?? String(v);
  return readable(String(v));
}

function targetCell(t: AuditItem['target'], staffNames: Map<string, string>): ReactNode {
  if (!t) return '';
  if (t.type === 'feedback') return <a href={`#/feedback/${encodeURIComponent(t.id)}`}>{t.id}</a>;
  if (t.type === 'staff') return `Tài khoản ${staffNames.get(t.id) ?? t.id.slice(0, 8)}`;
  if (t.type === 'routing') return AUDIT_TARGET.routing;
  return `${AUDIT_TARGET[t.type] ?? t.type}: ${t.id}`;
}

function AuditPage({ query }: { query: URLSearchParams }) {
  const q = Object.fromEntries(query.entries());
  const { data, error } = useLoad(async () => {
    // Account ids → usernames, so the log reads "Tài khoản quantri".
    const [accounts, log] = await Promise.all([
      api<ListResponse<StaffAccount>>('/api/staff/settings/staff').catch(() => ({ items: [] as StaffAccount[] })),
      api<{ items: AuditItem[]; total: number }>(`/api/staff/audit${qs({ ...q, limit: 100 })}`),
    ]);
    return { names: new Map(accounts.items.map((s) => [s.id, s.username])), log };
  }, 'audit');
  const by = useRef<HTMLInputElement>(null);
  const action = useRef<HTMLSelectElement>(null);
  if (!data) return <Loading error={error} />;
  const { names, log } = data;
  return (
    <>
      <PageHead title="Nhật ký thao tác">
        <p className="muted">{`${log.total} sự kiện`}</p>
      </PageHead>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          go(`#/settings/audit${qs({ by: by.current?.value.trim(), action: action.current?.value })}`);
        }}
      >
        <Field label="Cán bộ">
          <input defaultValue={q.by ?? ''} placeholder="tên đăng nhập" ref={by} />
        </Field>
        <Field label="Thao tác">
          <select defaultValue={q.action ?? ''} ref={action}>
            <option value="">Mọi thao tác</option>
            {Object.entries(AUDIT_ACTION).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="secondary">
          Lọc
        </button>
      </form>
      <div className="scroll-x">
        <table className="list">
          <thead>
            <tr>
              <th>Lúc</th>
              <th>Cán bộ</th>
              <th>Thao tác</th>
              <th>Đối tượng</th>
              <th>Chi tiết</th>
            </tr>
          </thead>
          <tbody>
            {log.items.map((a, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a page of the log, newest first, never reordered on screen
              <tr key={`${a.at}-${i}`}>
                <td className="nowrap small">{vnDateTime(a.at)}</td>
                <td>{a.username}</td>
                <td>{AUDIT_ACTION[a.action] ?? a.action}</td>
                <td>{targetCell(a.target, names)}</td>
                <td className="small muted">
                  {Object.entries(a.data)
                    .filter((e): e is [string, string | number | boolean] => e[1] !== null)
                    .map(([k, v]) => `${AUDIT_DATA_KEY[k] ?? k}: ${dataValue(k, v)}`)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
