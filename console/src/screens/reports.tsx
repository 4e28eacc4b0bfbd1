// "Báo cáo": the period's figures for the year-end report (leaders, admins), the questions people
// asked that the product could not answer (editors too, one click to write an FAQ answer), and
// the printable outreach (poster per office, leaflet per procedure). Charts by Chart.js, bundled
// from node_modules and loaded when the figures are shown; every chart has its table next to it.
import type { AdminUnit, ListResponse, Locality } from '@contract';
import type { ReportGaps, ReportSummary } from '@contract/staff.js';
import type { ChartConfiguration, Chart as ChartType } from 'chart.js';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { RecordFields, readRecord } from '@/components/record-form.js';
import { useToast } from '@/components/toast.js';
import { ErrorBox, Field, Loading, PageHead } from '@/components/ui.js';
import { api, qs } from '@/lib/api.js';
import { num, pct, todayVn, vnDate } from '@/lib/format.js';
import { COMMUNE_KINDS } from '@/lib/labels.js';
import { go } from '@/lib/router.js';
import { useLoad } from '@/lib/use-load.js';
import { KINDS, saveContent } from '@/screens/content.js';
import { useSession } from '@/session.js';

interface Period {
  kind: string;
  from: string;
  to: string;
  unit: string;
}

/** Everything the screen shows, fetched at once: summary (if allowed), gaps, offices, communes. */
async function loadReport({ from, to, unit }: Period, { summary, gaps }: { summary: boolean; gaps: boolean }) {
  const [s, g, locality, units] = await Promise.all([
    summary ? api<ReportSummary>(`/api/staff/reports/summary${qs({ from, to, unit })}`) : null,
    gaps ? api<ReportGaps>(`/api/staff/reports/gaps${qs({ from, to, unit, limit: 50 })}`) : null,
    api<Locality>('/api/locality').catch(() => null),
    api<ListResponse<AdminUnit>>('/api/units').catch(() => ({ items: [] as AdminUnit[] })),
  ]);
  return {
    summary: s,
    gaps: g,
    offices: locality?.offices ?? [],
    communes: units.items.filter((u) => COMMUNE_KINDS.includes(u.kind) && !u.validTo),
  };
}
type Report = Awaited<ReturnType<typeof loadReport>>;

const links = ({ from, to, unit }: Period) => ({
  csv: `/api/staff/reports/summary${qs({ from, to, unit, format: 'csv' })}`,
  xlsx: `/api/staff/reports/summary${qs({ from, to, unit, format: 'xlsx' })}`,
  print: `/api/staff/reports/print${qs({ from, to, unit })}`,
  poster: (office: string) => `/api/staff/print/poster${qs({ office })}`,
  leaflet: (code: string) => `/api/staff/print/leaflet/${encodeURIComponent(code)}`,
});

// ── Period ──
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** { kind, from, to } from the hash query, defaulting to this year. */
function periodOf(query: URLSearchParams): Period {
  const year = Number(todayVn().slice(0, 4));
  const from = query.get('from');
  const to = query.get('to');
  const unit = query.get('unit') ?? '';
  if (from && to) return { kind: query.get('period') ?? 'year', from, to, unit };
  return { kind: 'year', from: `${year}-01-01`, to: `${year}-12-31`, unit };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

function PeriodFilters({ p, sub, communes }: { p: Period; sub: string | undefined; communes: AdminUnit[] }) {
  const toast = useToast();
  const [y = 2026, m = 1] = p.from.split('-').map(Number);
  const [kind, setKind] = useState(p.kind);
  const form = useRef<HTMLFormElement>(null);
  function read(f: HTMLFormElement): { from: string; to: string } {
    const v = (name: string) => (f.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    const yy = Number(v('year'));
    if (kind === 'month') {
      const [my = 0, mm = 0] = v('month').split('-').map(Number);
      return { from: `${my}-${pad(mm)}-01`, to: `${my}-${pad(mm)}-${lastDay(my, mm)}` };
    }
    if (kind === 'quarter') {
      const first = (Number(v('quarter')) - 1) * 3 + 1;
      return { from: `${yy}-${pad(first)}-01`, to: `${yy}-${pad(first + 2)}-${lastDay(yy, first + 2)}` };
    }
    if (kind === 'year') return { from: `${yy}-01-01`, to: `${yy}-12-31` };
    return { from: v('from'), to: v('to') };
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.current) return;
    const r = read(form.current);
    if (!r.from || !r.to) return toast('Chọn đủ ngày bắt đầu và ngày kết thúc.', 'error');
    const unit = (form.current.elements.namedItem('unit') as HTMLSelectElement).value;
    go(`#/reports${sub ? `/${sub}` : ''}${qs({ period: kind, from: r.from, to: r.to, unit })}`);
  };
  const part = (show: boolean, child: ReactNode) => <div hidden={!show}>{child}</div>;
  return (
    <form className="filters" onSubmit={submit} ref={form}>
      <Field label="Kỳ báo cáo">
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="month">Tháng</option>
          <option value="quarter">Quý</option>
          <option value="year">Năm</option>
          <option value="custom">Tùy chọn</option>
        </select>
      </Field>
      {part(
        kind === 'month',
        <Field label="Tháng">
          <input name="month" type="month" defaultValue={`${y}-${pad(m)}`} />
        </Field>,
      )}
      {part(
        kind === 'quarter',
        <Field label="Quý">
          <select name="quarter" defaultValue={String(Math.floor((m - 1) / 3) + 1)}>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={String(q)}>{`Quý ${ROMAN[q - 1]}`}</option>
            ))}
          </select>
        </Field>,
      )}
      {part(
        kind === 'quarter' || kind === 'year',
        <Field label="Năm">
          <input name="year" type="number" min="2020" max="2100" defaultValue={String(y)} inputMode="numeric" />
        </Field>,
      )}
      {part(
        kind === 'custom',
        <Field label="Từ ngày">
          <input name="from" type="date" defaultValue={p.from} />
        </Field>,
      )}
      {part(
        kind === 'custom',
        <Field label="Đến ngày">
          <input name="to" type="date" defaultValue={p.to} />
        </Field>,
      )}
      <Field label="Đơn vị">
        <select name="unit" defaultValue={p.unit}>
          <option value="">Toàn địa phương</option>
          {communes.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit">Xem</button>
    </form>
  );
}

// ── Figures ──
function Kpi({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="kpi">
      <p className="kpi-value">{value}</p>
      <p className="kpi-label">{label}</p>
      {note ? <p className="kpi-note">{note}</p> : null}
    </div>
  );
}

function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <table className="list compact">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {head.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed header; the position is the column
            <th key={`${i}-${x}`} scope="col" className={i ? 'n' : undefined}>
              {x}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length ? (
          rows.map((r, ri) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of figures, never reordered on screen
            <tr key={`${ri}-${r[0]}`}>
              {r.map((c, i) =>
                i ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the position is the column
                  <td key={`${i}-${c}`} className="n">
                    {c}
                  </td>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the position is the column
                  <th key={`${i}-${c}`} scope="row">
                    {c}
                  </th>
                ),
              )}
            </tr>
          ))
        ) : (
          <tr>
            <td colSpan={head.length}>Chưa có số liệu.</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

const COLORS = ['#0b5cad', '#1e7b34', '#b45309', '#7c3aed', '#b42318', '#0e7490', '#52606d'];

let chartLib: Promise<typeof import('chart.js/auto').default> | undefined;
const loadChart = () => {
  chartLib ??= import('chart.js/auto').then((m) => m.default);
  return chartLib;
};

/** A chart with its table: the figure's caption names it; the table is the same numbers. */
function ChartFigure({ title, config, children }: { title: string; config: ChartConfiguration; children: ReactNode }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let chart: ChartType | undefined;
    let gone = false;
    loadChart().then(
      (Chart) => {
        if (gone || !canvas.current) return;
        // Chart text follows the page's text size (a larger root font, larger labels).
        Chart.defaults.font.size = Math.round(parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.87);
        chart = new Chart(canvas.current, config);
      },
      () => setFailed(true),
    );
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [config]);
  return (
    <figure className="chart card">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={title} />
        {failed ? <p className="error">Không tải được thư viện biểu đồ.</p> : null}
      </div>
      <details>
        <summary>Bảng số liệu</summary>
        {children}
      </details>
    </figure>
  );
}

/** Long labels on several lines (Chart.js draws an array as lines) instead of cut off. */
function wrap(label: string, width = 26): string | string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 1 ? lines : label;
}

function barConfig(
  labels: string[],
  datasets: { label: string; data: number[]; backgroundColor?: string | string[] }[],
  { horizontal = false, max }: { horizontal?: boolean; max?: number } = {},
): ChartConfiguration {
  return {
    type: 'bar',
    data: { labels: labels.map((l) => wrap(l)), datasets: datasets.map((d, i) => ({ backgroundColor: COLORS[i % COLORS.length], ...d })) },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: datasets.length > 1 } },
      scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ...(max ? { max } : {}), ticks: { precision: 0 } } },
    },
  };
}

function Summary({ s }: { s: ReportSummary }) {
  const f = s.feedback;
  const u = s.usage;
  const sat = s.satisfaction;
  const days = u.byDay;
  const handled: [string, number][] = [
    ['Trả lời đúng hạn', f.answeredOnTime],
    ['Trả lời quá hạn', f.answeredLate],
    ['Đang xử lý, còn hạn', f.open - f.overdueOpen],
    ['Đang xử lý, quá hạn', f.overdueOpen],
    ['Không tiếp nhận, trùng', f.closedWithoutAnswer],
  ];
  // Built once per summary: a new config would draw the chart again.
  const [configs] = useState(() => ({
    usage: {
      type: 'line',
      data: {
        labels: days.map((d) => vnDate(d.day)),
        datasets: [
          { label: 'Xem thủ tục', data: days.map((d) => d.procedureViews), borderColor: COLORS[0], backgroundColor: COLORS[0] },
          { label: 'Tìm kiếm', data: days.map((d) => d.searches), borderColor: COLORS[1], backgroundColor: COLORS[1] },
          { label: 'Hỏi trợ lý', data: days.map((d) => d.chatTurns), borderColor: COLORS[2], backgroundColor: COLORS[2] },
          { label: 'Mở mini app', data: days.map((d) => d.appOpens), borderColor: COLORS[3], backgroundColor: COLORS[3] },
        ],
      },
      options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    } satisfies ChartConfiguration,
    handled: barConfig(
      handled.map(([l]) => l),
      [{ label: 'Số phản ánh', data: handled.map(([, v]) => v), backgroundColor: ['#1e7b34', '#b45309', '#0b5cad', '#b42318', '#52606d'] }],
      { horizontal: true },
    ),
    field: barConfig(
      f.byField.map((r) => r.label),
      [{ label: 'Số phản ánh', data: f.byField.map((r) => r.count) }],
      { horizontal: true },
    ),
    satisfaction: barConfig(
      sat.criteria.map((c) => c.label),
      [{ label: 'Điểm trung bình', data: sat.criteria.map((c) => c.average ?? 0) }],
      { horizontal: true, max: 5 },
    ),
  }));
  const breakdown = (title: string, rows: { label: string; count: number }[]) => (
    <section className="card">
      <h3>{title}</h3>
      <DataTable caption={title} head={['', 'Số lượng']} rows={rows.map((r) => [r.label, num(r.count)])} />
    </section>
  );
  return (
    <section aria-labelledby="rp-figures">
      <h2 id="rp-figures">{`Số liệu từ ${vnDate(s.period.from)} đến ${vnDate(s.period.to)}${s.period.unitName ? ` — ${s.period.unitName}` : ''}`}</h2>
      <div className="kpis">
        <Kpi label="Phản ánh, kiến nghị tiếp nhận" value={num(f.received)} />
        <Kpi label="Trả lời đúng hạn" value={pct(f.onTimeShare)} note={`${num(f.answeredOnTime)} / ${num(f.answered)} đã trả lời`} />
        <Kpi label="Đang xử lý quá hạn" value={num(f.overdueOpen)} note={`${num(f.open)} đang xử lý`} />
        <Kpi label="Ngày làm việc để trả lời (trung bình)" value={num(f.avgWorkingDaysToAnswer)} />
        <Kpi
          label="Đánh giá câu trả lời"
          value={f.ratingAverage === null ? '—' : `${num(f.ratingAverage)} / 5`}
          note={`${num(f.rated)} lượt; ${pct(f.solvedShare)} đã được giải quyết`}
        />
        <Kpi
          label="Hài lòng tại bộ phận một cửa"
          value={sat.average === null ? '—' : `${num(sat.average)} / 5`}
          note={`${num(sat.responses)} phiếu; ${pct(sat.satisfiedShare)} hài lòng`}
        />
        <Kpi label="Lượt xem thủ tục" value={num(u.procedureViews)} />
        <Kpi label="Lượt tìm kiếm" value={num(u.searches)} note={`${num(u.searchesZero)} không có kết quả`} />
        <Kpi label="Lượt hỏi trợ lý" value={num(u.chatTurns)} note={`${num(u.chatFallbacks)} chưa trả lời được`} />
      </div>
      <div className="charts">
        <ChartFigure title="Lượt tiếp cận theo ngày" config={configs.usage}>
          <DataTable
            caption="Lượt tiếp cận theo ngày"
            head={['Ngày', 'Xem thủ tục', 'Tìm kiếm', 'Hỏi trợ lý', 'Mở mini app']}
            rows={days.map((d) => [vnDate(d.day), num(d.procedureViews), num(d.searches), num(d.chatTurns), num(d.appOpens)])}
          />
        </ChartFigure>
        <ChartFigure title="Kết quả xử lý phản ánh, kiến nghị" config={configs.handled}>
          <DataTable caption="Kết quả xử lý" head={['Kết quả', 'Số phản ánh']} rows={handled.map(([l, v]) => [l, num(v)])} />
        </ChartFigure>
        <ChartFigure title="Phản ánh, kiến nghị theo lĩnh vực" config={configs.field}>
          <DataTable caption="Theo lĩnh vực" head={['Lĩnh vực', 'Số phản ánh']} rows={f.byField.map((r) => [r.label, num(r.count)])} />
        </ChartFigure>
        <ChartFigure title="Mức độ hài lòng theo 5 yếu tố (SIPAS), điểm 1–5" config={configs.satisfaction}>
          <DataTable
            caption="Mức độ hài lòng"
            head={['Yếu tố', 'Số câu trả lời', 'Điểm trung bình', 'Tỷ lệ hài lòng']}
            rows={sat.criteria.map((c) => [c.label, num(c.answers), num(c.average), pct(c.satisfiedShare)])}
          />
        </ChartFigure>
      </div>
      <div className="charts">
        {breakdown('Theo loại', f.byKind)}
        {breakdown('Theo đơn vị xử lý', f.byUnit)}
        {breakdown('Theo kênh gửi', f.byChannel)}
      </div>
      <section className="card">
        <h3>Lượt tiếp cận và nội dung đã đăng tải</h3>
        <DataTable
          caption="Lượt tiếp cận"
          head={['Chỉ tiêu', 'Số lượng']}
          rows={[
            ['Lượt mở mini app', num(u.appOpens)],
            ['Lượt xem thủ tục', num(u.procedureViews)],
            ['Lượt tìm kiếm (không có kết quả)', `${num(u.searches)} (${num(u.searchesZero)})`],
            [
              'Lượt hỏi trợ lý: trả lời / hỏi lại / chưa trả lời được',
              `${num(u.chatAnswers)} / ${num(u.chatClarify)} / ${num(u.chatFallbacks)}`,
            ],
            ['Lượt bấm gọi đường dây nóng', num(u.hotlineTaps)],
            ['Lượt xem hướng dẫn / tin tức', `${num(u.guideViews)} / ${num(u.newsViews)}`],
            ['Thủ tục có hướng dẫn dễ hiểu / tra cứu được', `${num(s.content.curatedProcedures)} / ${num(s.content.procedures)}`],
            ['Tin đăng trong kỳ, hướng dẫn, hỏi đáp', `${num(s.content.newsInPeriod)}, ${num(s.content.guides)}, ${num(s.content.faq)}`],
          ]}
        />
        <p className="hint">
          Lượt tiếp cận được đếm gộp theo ngày và đơn vị, không ghi nhận ai dùng. Khi lọc theo một xã, chỉ tính các lượt mà ứng dụng biết
          thuộc xã đó (mở từ mã QR tại bộ phận một cửa, phiếu khảo sát).
        </p>
      </section>
    </section>
  );
}

// ── Content gaps → FAQ ──
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'cau-hoi';

function FaqEditor({ question, onClose }: { question: string; onClose: () => void }) {
  const { fields } = useSession();
  const toast = useToast();
  const spec = KINDS.faq.spec(fields);
  const form = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    form.current?.querySelector('textarea')?.focus();
  }, []);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form.current) return;
    const { id, ...body } = readRecord(form.current, spec);
    try {
      await saveContent('faq', String(id), body);
      toast('Đã thêm vào Hỏi đáp.');
      onClose();
    } catch (err) {
      setFailure(err);
    }
  }
  return (
    <form className="card" ref={form} onSubmit={submit}>
      <h3>Viết câu trả lời cho mục Hỏi đáp</h3>
      <RecordFields spec={spec} record={{ id: slug(question), question: question.charAt(0).toUpperCase() + question.slice(1) }} />
      <div>{failure ? <ErrorBox error={failure} /> : null}</div>
      <div className="buttons">
        <button type="submit">Lưu vào Hỏi đáp</button>
        <button type="button" className="secondary" onClick={onClose}>
          Hủy
        </button>
      </div>
    </form>
  );
}

function Gaps({ gaps }: { gaps: ReportGaps }) {
  const { can } = useSession();
  const canWrite = can('content.edit');
  const [writing, setWriting] = useState<{ text: string; n: number } | null>(null);
  return (
    <section className="card" aria-labelledby="rp-gaps">
      <h2 id="rp-gaps">Câu hỏi chưa có trả lời</h2>
      <p className="hint">{`Người dân tìm mà không thấy, hoặc trợ lý chưa trả lời được: ${num(gaps.total)} lượt, ${num(gaps.distinct)} câu khác nhau. Số điện thoại, số giấy tờ, email đã được che.`}</p>
      <div aria-live="polite">
        {writing ? <FaqEditor key={writing.n} question={writing.text} onClose={() => setWriting(null)} /> : null}
      </div>
      {gaps.items.length ? (
        <table className="list compact">
          <thead>
            <tr>
              <th scope="col">Câu hỏi</th>
              <th scope="col">Nguồn</th>
              <th scope="col" className="n">
                Số lượt
              </th>
              <th scope="col">Gần nhất</th>
              {canWrite ? (
                <th scope="col">
                  <span className="sr-only">Viết trả lời</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {gaps.items.map((g) => (
              <tr key={`${g.source}:${g.text}`}>
                <td>{g.text}</td>
                <td>{g.source === 'search' ? 'Tìm kiếm' : 'Trợ lý'}</td>
                <td className="n">{num(g.count)}</td>
                <td>{vnDate(g.lastDay)}</td>
                {canWrite ? (
                  <td>
                    <button type="button" className="secondary small" onClick={() => setWriting({ text: g.text, n: Date.now() })}>
                      Viết trả lời
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">Không có câu hỏi nào chưa trả lời trong kỳ này.</p>
      )}
    </section>
  );
}

function PrintLinks({ offices, p }: { offices: Report['offices']; p: Period }) {
  const code = useRef<HTMLInputElement>(null);
  const to = links(p);
  return (
    <section className="card" aria-labelledby="rp-print">
      <h2 id="rp-print">In áp phích, tờ rơi cho bộ phận một cửa</h2>
      <p className="hint">
        Áp phích khổ A4 có mã QR mở mini app, mã QR phiếu khảo sát hài lòng của đúng bộ phận một cửa, đường dây nóng và giờ làm việc. Tờ rơi
        khổ A5 cho từng thủ tục.
      </p>
      <ul className="links">
        {offices.map((o) => (
          <li key={o.id}>
            <a href={to.poster(o.id)} target="_blank" rel="noopener noreferrer">{`Áp phích A4 — ${o.name}`}</a>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const c = code.current?.value.trim();
          if (c) window.open(to.leaflet(c), '_blank', 'noopener');
        }}
      >
        <Field label="Mã thủ tục cần in tờ rơi A5">
          <input type="text" placeholder="Ví dụ: 2.000635" inputMode="decimal" ref={code} />
        </Field>
        <button type="submit">Mở tờ rơi</button>
      </form>
    </section>
  );
}

// ── Screen ──
export function ReportsScreen({ sub, query, visit }: { sub: string | undefined; query: URLSearchParams; visit: number }) {
  const { can } = useSession();
  const p = periodOf(query);
  const wantsSummary = can('reports.figures') && (sub ?? 'summary') === 'summary';
  const { data, error } = useLoad(
    () => loadReport(p, { summary: wantsSummary, gaps: sub !== 'print' }),
    `${sub}?${query.toString()}#${visit}`,
  );
  useEffect(() => {
    document.title = `${sub === 'gaps' ? 'Câu hỏi chưa có trả lời' : sub === 'print' ? 'In ấn' : 'Báo cáo'} — Bảng điều khiển cán bộ`;
  }, [sub]);
  if (!data) return <Loading error={error} />;
  const filters = <PeriodFilters key={`${sub}?${query.toString()}`} p={p} sub={sub} communes={data.communes} />;
  if (wantsSummary && data.summary) {
    const to = links(p);
    return (
      <>
        <PageHead title="Báo cáo kết quả tuyên truyền CCHC" />
        {filters}
        <div className="buttons report-exports">
          <a className="button" href={to.csv} download="">
            Tải CSV
          </a>
          <a className="button" href={to.xlsx} download="">
            Tải Excel (XLSX)
          </a>
          <a className="button secondary" href={to.print} target="_blank" rel="noopener noreferrer">
            Bản in báo cáo (A4)
          </a>
        </div>
        <Summary key={`${query.toString()}#${visit}`} s={data.summary} />
      </>
    );
  }
  return (
    <>
      <PageHead title={sub === 'print' ? 'In áp phích, tờ rơi' : 'Câu hỏi chưa có trả lời'} />
      {sub === 'print' ? null : filters}
      {sub !== 'print' && data.gaps ? <Gaps gaps={data.gaps} /> : null}
      {sub !== 'gaps' ? <PrintLinks offices={data.offices} p={p} /> : null}
    </>
  );
}
