// Tiny DOM helpers. Every piece of text goes through textContent (never innerHTML), so
// citizens' text cannot inject markup into the console.

/** h('a', { href, class, onClick }, ...children) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  let value;
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'value') value = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'class') el.className = v;
    else if (k === 'checked' || k === 'selected' || k === 'disabled') el[k] = Boolean(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  if (value !== undefined) el.value = value;
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

const dateFmt = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });
const timeFmt = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Ho_Chi_Minh',
});

/** "2026-11-30" → "30/11/2026"; an ISO instant → date in Vietnam. */
export function vnDate(s) {
  if (!s) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s.split('-').reverse().join('/');
  return dateFmt.format(new Date(s));
}
export const vnDateTime = (s) => (s ? timeFmt.format(new Date(s)) : '');

/** Status codes as staff read them (the server's STATUSES labels). */
export const STATUS_LABEL = {
  received: 'Đã tiếp nhận',
  forwarded: 'Đã chuyển đến đơn vị xử lý',
  in_progress: 'Đang xử lý',
  transferred: 'Đã chuyển sang đơn vị khác',
  answered: 'Đã có trả lời',
  closed: 'Đã kết thúc',
  rejected: 'Không tiếp nhận',
  duplicate: 'Trùng với phản ánh đã gửi',
};

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;
/** Server messages meant for a technician, in words for the clerk reading them. */
const TECHNICAL = [
  [/SMTP_URL chưa được cấu hình/g, 'máy chủ chưa được cài đặt để gửi thư điện tử (quản trị viên cần đặt SMTP_URL)'],
  [/\bECONNREFUSED\b/g, 'không kết nối được máy nhận'],
  [/\bETIMEDOUT\b|\btimeout\b/gi, 'quá thời gian chờ'],
];

/** Text from the server for people: instants in Vietnam time, status codes and technical errors in words. */
export function readable(text) {
  if (!text) return text;
  let out = String(text).replace(ISO_INSTANT, (iso) => vnDateTime(iso));
  for (const [re, words] of TECHNICAL) out = out.replace(re, words);
  return out.replace(/\b(received|forwarded|in_progress|transferred|answered|closed|rejected|duplicate)\b/g, (c) => STATUS_LABEL[c]);
}

/** Working days left as words, with a class for the colour. */
export function dueBadge(item) {
  if (item.workingDaysLeft === null || item.workingDaysLeft === undefined) return null;
  const n = item.workingDaysLeft;
  if (item.overdue) return h('span', { class: 'badge danger' }, `Quá hạn ${Math.abs(n) || ''} ngày làm việc`.replace('  ', ' '));
  if (n === 0) return h('span', { class: 'badge warn' }, 'Hạn hôm nay');
  if (n <= 2) return h('span', { class: 'badge warn' }, `Còn ${n} ngày làm việc`);
  return h('span', { class: 'badge' }, `Còn ${n} ngày làm việc`);
}

let toastTimer;
/** A short message in the live region (read out by screen readers). */
export function toast(text, kind = 'ok') {
  const el = document.getElementById('toast');
  el.className = `toast show ${kind}`;
  el.textContent = text;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    el.className = 'toast';
  }, 5000);
}

/** A labelled form control. */
export function field(label, control, hint) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('p', { class: 'hint' }, hint) : null);
}

export function errorBox(err) {
  const list = err?.errors?.length
    ? h(
        'ul',
        null,
        err.errors.map((e) => h('li', null, `${e.path}: ${e.message}`)),
      )
    : null;
  return h('div', { class: 'error', role: 'alert' }, h('p', null, err?.detail ?? err?.message ?? 'Có lỗi xảy ra.'), list);
}
