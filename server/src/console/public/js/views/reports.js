// "Báo cáo": the period's figures for the year-end report (leaders, admins), the questions people
// asked that the product could not answer (editors too, one click to write an FAQ answer), and
// the printable outreach (poster per office, leaflet per procedure). Charts by Chart.js, served
// from the server's own copy (no CDN); every chart has its table next to it.
//
// All data comes through loadReport() (one function, to port to the typed client later).
import { api, qs } from '../api.js';
import { go, has } from '../app.js';
import { errorBox, field, h, replace, toast, vnDate } from '../dom.js';
import { KINDS } from './content.js';
import { buildForm } from './forms.js';

const CHART_SRC = '/console/vendor/chart.umd.min.js';
const STYLE_HREF = '/console/reports.css';

/** Everything the screen shows, fetched at once: summary (if allowed), gaps, offices, units. */
export async function loadReport({ from, to, unit }, { summary = true, gaps = true } = {}) {
  const q = qs({ from, to, unit });
  const [s, g, locality, units] = await Promise.all([
    summary ? api(`/api/staff/reports/summary${q}`) : null,
    gaps ? api(`/api/staff/reports/gaps${qs({ from, to, unit, limit: 50 })}`) : null,
    api('/api/locality').catch(() => null),
    api('/api/units').catch(() => ({ items: [] })),
  ]);
  return {
    summary: s,
    gaps: g,
    offices: locality?.offices ?? [],
    communes: units.items.filter((u) => ['xa', 'phuong', 'dac_khu'].includes(u.kind) && !u.validTo),
    links: {
      csv: `/api/staff/reports/summary${qs({ from, to, unit, format: 'csv' })}`,
      xlsx: `/api/staff/reports/summary${qs({ from, to, unit, format: 'xlsx' })}`,
      print: `/api/staff/reports/print${q}`,
      poster: (office) => `/api/staff/print/poster${qs({ office })}`,
      leaflet: (code) => `/api/staff/print/leaflet/${encodeURIComponent(code)}`,
    },
  };
}

// ── Period ──────────────────────────────────────────────────────────────────────────────
const pad = (n) => String(n).padStart(2, '0');
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const todayVn = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/** { kind, from, to } from the hash query, defaulting to this year. */
function periodOf(query) {
  const year = Number(todayVn().slice(0, 4));
  const kind = query.get('period') ?? 'year';
  const from = query.get('from');
  const to = query.get('to');
  if (from && to) return { kind, from, to, unit: query.get('unit') ?? '' };
  return { kind: 'year', from: `${year}-01-01`, to: `${year}-12-31`, unit: query.get('unit') ?? '' };
}

function periodControls(p) {
  const [y, m] = p.from.split('-').map(Number);
  const kind = h(
    'select',
    { value: p.kind },
    h('option', { value: 'month' }, 'Tháng'),
    h('option', { value: 'quarter' }, 'Quý'),
    h('option', { value: 'year' }, 'Năm'),
    h('option', { value: 'custom' }, 'Tùy chọn'),
  );
  const month = h('input', { type: 'month', value: `${y}-${pad(m)}` });
  const quarter = h(
    'select',
    { value: String(Math.floor((m - 1) / 3) + 1) },
    [1, 2, 3, 4].map((q) => h('option', { value: String(q) }, `Quý ${q === 1 ? 'I' : q === 2 ? 'II' : q === 3 ? 'III' : 'IV'}`)),
  );
  const year = h('input', { type: 'number', min: '2020', max: '2100', value: String(y), inputmode: 'numeric' });
  const from = h('input', { type: 'date', value: p.from });
  const to = h('input', { type: 'date', value: p.to });
  const parts = {
    month: field('Tháng', month),
    quarter: field('Quý', quarter),
    year: field('Năm', year),
    from: field('Từ ngày', from),
    to: field('Đến ngày', to),
  };
  const show = () => {
    const k = kind.value;
    parts.month.hidden = k !== 'month';
    parts.quarter.hidden = k !== 'quarter';
    parts.year.hidden = k !== 'quarter' && k !== 'year';
    parts.from.hidden = k !== 'custom';
    parts.to.hidden = k !== 'custom';
  };
  kind.addEventListener('change', show);
  show();
  return {
    els: [field('Kỳ báo cáo', kind), parts.month, parts.quarter, parts.year, parts.from, parts.to],
    read() {
      const k = kind.value;
      const yy = Number(year.value);
      if (k === 'month') {
        const [my, mm] = month.value.split('-').map(Number);
        return { kind: k, from: `${my}-${pad(mm)}-01`, to: `${my}-${pad(mm)}-${lastDay(my, mm)}` };
      }
      if (k === 'quarter') {
        const q = Number(quarter.value);
        const first = (q - 1) * 3 + 1;
        return { kind: k, from: `${yy}-${pad(first)}-01`, to: `${yy}-${pad(first + 2)}-${lastDay(yy, first + 2)}` };
      }
      if (k === 'year') return { kind: k, from: `${yy}-01-01`, to: `${yy}-12-31` };
      return { kind: k, from: from.value, to: to.value };
    },
  };
}

// ── Formatting ──────────────────────────────────────────────────────────────────────────
const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const num = (v) => (v === null || v === undefined ? '—' : nf.format(v));
const pct = (v) => (v === null || v === undefined ? '—' : `${nf.format(Math.round(v * 1000) / 10)} %`);

function kpi(label, value, note) {
  return h(
    'div',
    { class: 'kpi' },
    h('p', { class: 'kpi-value' }, value),
    h('p', { class: 'kpi-label' }, label),
    note ? h('p', { class: 'kpi-note' }, note) : null,
  );
}

function dataTable(caption, head, rows) {
  return h(
    'table',
    { class: 'list compact' },
    h('caption', { class: 'sr-only' }, caption),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        head.map((x, i) => h('th', { scope: 'col', class: i ? 'n' : null }, x)),
      ),
    ),
    h(
      'tbody',
      null,
      rows.length
        ? rows.map((r) =>
            h(
              'tr',
              null,
              r.map((c, i) => h(i ? 'td' : 'th', i ? { class: 'n' } : { scope: 'row' }, c)),
            ),
          )
        : h('tr', null, h('td', { colspan: String(head.length) }, 'Chưa có số liệu.')),
    ),
  );
}

// ── Charts ──────────────────────────────────────────────────────────────────────────────
let chartLib;
function loadChartLib() {
  chartLib ??= new Promise((resolve, reject) => {
    if (window.Chart) return resolve(window.Chart);
    const s = document.createElement('script');
    s.src = CHART_SRC;
    s.onload = () => resolve(window.Chart);
    s.onerror = () => reject(new Error('Không tải được thư viện biểu đồ.'));
    document.head.append(s);
  });
  return chartLib;
}
function ensureStyle() {
  if (document.querySelector(`link[href="${STYLE_HREF}"]`)) return;
  document.head.append(h('link', { rel: 'stylesheet', href: STYLE_HREF }));
}

const COLORS = ['#0b5cad', '#1e7b34', '#b45309', '#7c3aed', '#b42318', '#0e7490', '#52606d'];
const charts = [];

/** A chart with its table: the figure's caption names it; the table is the same numbers. */
function chartFigure(title, config, table) {
  const canvas = h('canvas', { role: 'img', 'aria-label': title });
  const fig = h(
    'figure',
    { class: 'chart card' },
    h('figcaption', null, h('h3', null, title)),
    h('div', { class: 'chart-box' }, canvas),
    h('details', null, h('summary', null, 'Bảng số liệu'), table),
  );
  return { fig, draw: (Chart) => charts.push(new Chart(canvas, config)) };
}

/** Long labels on several lines (Chart.js draws an array as lines) instead of cut off. */
function wrap(label, width = 26) {
  const lines = [];
  let line = '';
  for (const word of String(label).split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 1 ? lines : label;
}

function barConfig(labels, datasets, { horizontal = false, max } = {}) {
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

// ── Sections ────────────────────────────────────────────────────────────────────────────
function summarySection(data) {
  const s = data.summary;
  const f = s.feedback;
  const u = s.usage;
  const sat = s.satisfaction;
  const kpis = h(
    'div',
    { class: 'kpis' },
    kpi('Phản ánh, kiến nghị tiếp nhận', num(f.received)),
    kpi('Trả lời đúng hạn', pct(f.onTimeShare), `${num(f.answeredOnTime)} / ${num(f.answered)} đã trả lời`),
    kpi('Đang xử lý quá hạn', num(f.overdueOpen), `${num(f.open)} đang xử lý`),
    kpi('Ngày làm việc để trả lời (trung bình)', num(f.avgWorkingDaysToAnswer)),
    kpi(
      'Đánh giá câu trả lời',
      f.ratingAverage === null ? '—' : `${num(f.ratingAverage)} / 5`,
      `${num(f.rated)} lượt; ${pct(f.solvedShare)} đã được giải quyết`,
    ),
    kpi(
      'Hài lòng tại bộ phận một cửa',
      sat.average === null ? '—' : `${num(sat.average)} / 5`,
      `${num(sat.responses)} phiếu; ${pct(sat.satisfiedShare)} hài lòng`,
    ),
    kpi('Lượt xem thủ tục', num(u.procedureViews)),
    kpi('Lượt tìm kiếm', num(u.searches), `${num(u.searchesZero)} không có kết quả`),
    kpi('Lượt hỏi trợ lý', num(u.chatTurns), `${num(u.chatFallbacks)} chưa trả lời được`),
  );

  const usageDays = u.byDay;
  const usageChart = chartFigure(
    'Lượt tiếp cận theo ngày',
    {
      type: 'line',
      data: {
        labels: usageDays.map((d) => vnDate(d.day)),
        datasets: [
          { label: 'Xem thủ tục', data: usageDays.map((d) => d.procedureViews), borderColor: COLORS[0], backgroundColor: COLORS[0] },
          { label: 'Tìm kiếm', data: usageDays.map((d) => d.searches), borderColor: COLORS[1], backgroundColor: COLORS[1] },
          { label: 'Hỏi trợ lý', data: usageDays.map((d) => d.chatTurns), borderColor: COLORS[2], backgroundColor: COLORS[2] },
          { label: 'Mở mini app', data: usageDays.map((d) => d.appOpens), borderColor: COLORS[3], backgroundColor: COLORS[3] },
        ],
      },
      options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    dataTable(
      'Lượt tiếp cận theo ngày',
      ['Ngày', 'Xem thủ tục', 'Tìm kiếm', 'Hỏi trợ lý', 'Mở mini app'],
      usageDays.map((d) => [vnDate(d.day), num(d.procedureViews), num(d.searches), num(d.chatTurns), num(d.appOpens)]),
    ),
  );
  const handled = [
    ['Trả lời đúng hạn', f.answeredOnTime],
    ['Trả lời quá hạn', f.answeredLate],
    ['Đang xử lý, còn hạn', f.open - f.overdueOpen],
    ['Đang xử lý, quá hạn', f.overdueOpen],
    ['Không tiếp nhận, trùng', f.closedWithoutAnswer],
  ];
  const handledChart = chartFigure(
    'Kết quả xử lý phản ánh, kiến nghị',
    barConfig(
      handled.map(([l]) => l),
      [{ label: 'Số phản ánh', data: handled.map(([, v]) => v), backgroundColor: ['#1e7b34', '#b45309', '#0b5cad', '#b42318', '#52606d'] }],
      { horizontal: true },
    ),
    dataTable(
      'Kết quả xử lý',
      ['Kết quả', 'Số phản ánh'],
      handled.map(([l, v]) => [l, num(v)]),
    ),
  );
  const fieldChart = chartFigure(
    'Phản ánh, kiến nghị theo lĩnh vực',
    barConfig(
      f.byField.map((r) => r.label),
      [{ label: 'Số phản ánh', data: f.byField.map((r) => r.count) }],
      { horizontal: true },
    ),
    dataTable(
      'Theo lĩnh vực',
      ['Lĩnh vực', 'Số phản ánh'],
      f.byField.map((r) => [r.label, num(r.count)]),
    ),
  );
  const satChart = chartFigure(
    'Mức độ hài lòng theo 5 yếu tố (SIPAS), điểm 1–5',
    barConfig(
      sat.criteria.map((c) => c.label),
      [{ label: 'Điểm trung bình', data: sat.criteria.map((c) => c.average ?? 0) }],
      { horizontal: true, max: 5 },
    ),
    dataTable(
      'Mức độ hài lòng',
      ['Yếu tố', 'Số câu trả lời', 'Điểm trung bình', 'Tỷ lệ hài lòng'],
      sat.criteria.map((c) => [c.label, num(c.answers), num(c.average), pct(c.satisfiedShare)]),
    ),
  );
  const breakdown = (title, rows) =>
    h(
      'section',
      { class: 'card' },
      h('h3', null, title),
      dataTable(
        title,
        ['', 'Số lượng'],
        rows.map((r) => [r.label, num(r.count)]),
      ),
    );
  const list = [usageChart, handledChart, fieldChart, satChart];
  return {
    el: h(
      'section',
      { 'aria-labelledby': 'rp-figures' },
      h(
        'h2',
        { id: 'rp-figures' },
        `Số liệu từ ${vnDate(s.period.from)} đến ${vnDate(s.period.to)}${s.period.unitName ? ` — ${s.period.unitName}` : ''}`,
      ),
      kpis,
      h(
        'div',
        { class: 'charts' },
        list.map((c) => c.fig),
      ),
      h(
        'div',
        { class: 'charts' },
        breakdown('Theo loại', f.byKind),
        breakdown('Theo đơn vị xử lý', f.byUnit),
        breakdown('Theo kênh gửi', f.byChannel),
      ),
      h(
        'section',
        { class: 'card' },
        h('h3', null, 'Lượt tiếp cận và nội dung đã đăng tải'),
        dataTable(
          'Lượt tiếp cận',
          ['Chỉ tiêu', 'Số lượng'],
          [
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
          ],
        ),
        h(
          'p',
          { class: 'hint' },
          'Lượt tiếp cận được đếm gộp theo ngày và đơn vị, không ghi nhận ai dùng. Khi lọc theo một xã, chỉ tính các lượt mà ứng dụng biết thuộc xã đó (mở từ mã QR tại bộ phận một cửa, phiếu khảo sát).',
        ),
      ),
    ),
    draw: async () => {
      const Chart = await loadChartLib();
      // Chart text follows the page's text size (a larger root font, larger labels).
      Chart.defaults.font.size = Math.round(parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.87);
      for (const c of list) c.draw(Chart);
    },
  };
}

const slug = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'cau-hoi';

function faqEditor(question, slot) {
  const spec = KINDS.faq.spec();
  const form = buildForm(spec, { id: slug(question), question: question.charAt(0).toUpperCase() + question.slice(1) });
  const message = h('div');
  const el = h(
    'form',
    {
      class: 'card',
      onSubmit: async (e) => {
        e.preventDefault();
        const { id, ...body } = form.read();
        try {
          await api(`/api/staff/content/faq/${encodeURIComponent(id)}`, { method: 'PUT', body });
          toast('Đã thêm vào Hỏi đáp.');
          replace(slot);
        } catch (err) {
          replace(message, errorBox(err));
        }
      },
    },
    h('h3', null, 'Viết câu trả lời cho mục Hỏi đáp'),
    form.el,
    message,
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'submit' }, 'Lưu vào Hỏi đáp'),
      h('button', { type: 'button', class: 'secondary', onClick: () => replace(slot) }, 'Hủy'),
    ),
  );
  replace(slot, el);
  el.querySelectorAll('textarea')[0]?.focus();
}

function gapsSection(gaps) {
  const slot = h('div', { 'aria-live': 'polite' });
  const canWrite = has('editor');
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'rp-gaps' },
    h('h2', { id: 'rp-gaps' }, 'Câu hỏi chưa có trả lời'),
    h(
      'p',
      { class: 'hint' },
      `Người dân tìm mà không thấy, hoặc trợ lý chưa trả lời được: ${num(gaps.total)} lượt, ${num(gaps.distinct)} câu khác nhau. Số điện thoại, số giấy tờ, email đã được che.`,
    ),
    slot,
    gaps.items.length
      ? h(
          'table',
          { class: 'list compact' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', { scope: 'col' }, 'Câu hỏi'),
              h('th', { scope: 'col' }, 'Nguồn'),
              h('th', { scope: 'col', class: 'n' }, 'Số lượt'),
              h('th', { scope: 'col' }, 'Gần nhất'),
              canWrite ? h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Viết trả lời')) : null,
            ),
          ),
          h(
            'tbody',
            null,
            gaps.items.map((g) =>
              h(
                'tr',
                null,
                h('td', null, g.text),
                h('td', null, g.source === 'search' ? 'Tìm kiếm' : 'Trợ lý'),
                h('td', { class: 'n' }, num(g.count)),
                h('td', null, vnDate(g.lastDay)),
                canWrite
                  ? h(
                      'td',
                      null,
                      h('button', { type: 'button', class: 'secondary small', onClick: () => faqEditor(g.text, slot) }, 'Viết trả lời'),
                    )
                  : null,
              ),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'Không có câu hỏi nào chưa trả lời trong kỳ này.'),
  );
}

function printSection(data) {
  const code = h('input', { type: 'text', placeholder: 'Ví dụ: 2.000635', inputmode: 'decimal' });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'rp-print' },
    h('h2', { id: 'rp-print' }, 'In áp phích, tờ rơi cho bộ phận một cửa'),
    h(
      'p',
      { class: 'hint' },
      'Áp phích khổ A4 có mã QR mở mini app, mã QR phiếu khảo sát hài lòng của đúng bộ phận một cửa, đường dây nóng và giờ làm việc. Tờ rơi khổ A5 cho từng thủ tục.',
    ),
    h(
      'ul',
      { class: 'links' },
      data.offices.map((o) =>
        h('li', null, h('a', { href: data.links.poster(o.id), target: '_blank', rel: 'noopener' }, `Áp phích A4 — ${o.name}`)),
      ),
    ),
    h(
      'form',
      {
        class: 'inline-form',
        onSubmit: (e) => {
          e.preventDefault();
          if (code.value.trim()) window.open(data.links.leaflet(code.value.trim()), '_blank', 'noopener');
        },
      },
      field('Mã thủ tục cần in tờ rơi A5', code),
      h('button', { type: 'submit' }, 'Mở tờ rơi'),
    ),
  );
}

// ── Screen ──────────────────────────────────────────────────────────────────────────────
export async function renderReports(el, sub, query) {
  ensureStyle();
  for (const c of charts.splice(0)) c.destroy();
  const p = periodOf(query);
  const leader = has('leader');
  const wantsSummary = leader && (sub ?? 'summary') === 'summary';
  const data = await loadReport(p, { summary: wantsSummary, gaps: sub !== 'print' });
  document.title = `${sub === 'gaps' ? 'Câu hỏi chưa có trả lời' : sub === 'print' ? 'In ấn' : 'Báo cáo'} — Bảng điều khiển cán bộ`;

  const controls = periodControls(p);
  const unit = h(
    'select',
    { value: p.unit },
    h('option', { value: '' }, 'Toàn địa phương'),
    data.communes.map((u) => h('option', { value: u.code }, u.name)),
  );
  const filters = h(
    'form',
    {
      class: 'filters',
      onSubmit: (e) => {
        e.preventDefault();
        const r = controls.read();
        if (!r.from || !r.to) return toast('Chọn đủ ngày bắt đầu và ngày kết thúc.', 'error');
        go(`#/reports${sub ? `/${sub}` : ''}${qs({ period: r.kind, from: r.from, to: r.to, unit: unit.value })}`);
      },
    },
    controls.els,
    field('Đơn vị', unit),
    h('button', { type: 'submit' }, 'Xem'),
  );

  const parts = [];
  if (wantsSummary) {
    const exports = h(
      'div',
      { class: 'buttons report-exports' },
      h('a', { class: 'button', href: data.links.csv, download: '' }, 'Tải CSV'),
      h('a', { class: 'button', href: data.links.xlsx, download: '' }, 'Tải Excel (XLSX)'),
      h('a', { class: 'button secondary', href: data.links.print, target: '_blank', rel: 'noopener' }, 'Bản in báo cáo (A4)'),
    );
    const figures = summarySection(data);
    parts.push(exports, figures.el);
    replace(el, h('div', { class: 'page-head' }, h('h1', null, 'Báo cáo kết quả tuyên truyền CCHC')), filters, ...parts);
    await figures.draw();
    return;
  }
  if (sub !== 'print' && data.gaps) parts.push(gapsSection(data.gaps));
  if (sub !== 'gaps') parts.push(printSection(data));
  replace(
    el,
    h('div', { class: 'page-head' }, h('h1', null, sub === 'print' ? 'In áp phích, tờ rơi' : 'Câu hỏi chưa có trả lời')),
    sub === 'print' ? null : filters,
    ...parts,
  );
}
