// cach_thuc_thuc_hien: the portal's methods table flattened into one string:
//   "Hình thức nộpThời gianPhí, lệ phíMô tả" + rows of <method><time><fee>[(<note>)]<description>
// Cell boundaries are gone, so every value here is read only where its shape is unambiguous;
// anything else stays unknown (null) with the original wording kept.
import type { Fee, FeeCondition, Method, ProcessingTime } from '../content/schemas.js';
import { clean, isEmptyText, matchParen, NO_INFO } from './text.js';

export type Quality = 'structured' | 'unknown' | 'empty';

export interface MethodsResult {
  methods: Method[];
  quality: Quality;
  /** Why the field is not fully structured (for the unparsed flag). */
  problems: string[];
}

const HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả';
const KINDS: Record<string, Method['kind']> = {
  'Trực tiếp': 'truc_tiep',
  'Trực tuyến': 'truc_tuyen',
  'Dịch vụ bưu chính': 'buu_chinh',
};
// A row starts where a method name is glued to its time cell (a digit or a capitalised word).
// Descriptions mention methods too ("Trực tuyến: nộp qua…", "Trực tiếp tại…"), always followed
// by a space or punctuation, so they do not match.
const ROW_START = /(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\d|\p{Lu})/gu;

const UNITS: Record<string, NonNullable<ProcessingTime['unit']>> = {
  'ngày làm việc': 'ngay_lam_viec',
  ngày: 'ngay',
  giờ: 'gio',
  tháng: 'thang',
  năm: 'nam',
};
const TIME_WITH_UNIT = /^(\d+(?:[.,]\d+)?) ?(Ngày làm việc|Ngày|Giờ|Tháng|Năm)/i;
const MONEY_CELL = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) ?(VNĐ|Việt Nam Đồng|Đồng|USD)/;
const FREE_CELL = /^Miễn (?:lệ )?phí/;
/** Where the fee cell can start once the time cell has been read. */
const FEE_START = /Miễn (?:lệ )?phí|Không có thông tin|\d[\d,.]* ?(?:VNĐ|Việt Nam Đồng|USD)/;

/**
 * A "Miễn phí" cell stays free only when its note is absent or just repeats "no fee". Real notes
 * name a fee schedule elsewhere ("Mức lệ phí do HĐND tỉnh quyết định"), a free period with an end
 * date, or exemptions for some groups only: then the amount is unknown, with the note kept.
 */
const BENIGN_FREE_NOTE =
  /^[\s(\-–.]*(?:không|không có|không quy định|chưa quy định|không thu(?: lệ)? phí|không thu phí, lệ phí|miễn(?: lệ)? phí|miễn phí, lệ phí|không phải nộp(?: lệ)? phí)?[\s.)]*$/i;
const MONEY_IN_TEXT = /(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:đồng|đ\b|đ\/|vnđ|usd)/gi;

function parseAmount(digits: string): number {
  // Portal cells use "," for thousands ("10,000"); a lone "." is a decimal point ("1.5 USD").
  return Number(digits.replace(/,/g, ''));
}

function moneyInText(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(MONEY_IN_TEXT)) {
    const raw = m[1]!;
    // In prose "20.000" and "20,000" both mean twenty thousand.
    out.push(/^\d{1,3}(?:[.,]\d{3})+$/.test(raw) ? Number(raw.replace(/[.,]/g, '')) : Number(raw));
  }
  return out;
}

/** "đồng/lần", "(/văn bản)", "250,000 đồng/bản": what the amount is charged per, only when the note says so next to it. */
function perFromNote(note: string, amount: number): string | null {
  const tail = '\\s*\\/\\s*([^\\s\\d()/.,;:][^()\\n.,;:/]{0,40}?)(?=\\s*[()\\n.,;:]|\\s+(?:kể|đối|theo|cho|khi|trong|từ|áp)\\b|$)';
  const lead = new RegExp(`^\\s*(?:đồng|đ|vnđ|usd)?${tail}`, 'iu').exec(note);
  if (lead) return lead[1]!.trim();
  for (const m of note.matchAll(new RegExp(`(\\d{1,3}(?:[.,]\\d{3})+|\\d+)\\s*(?:đồng|đ|vnđ|usd)${tail}`, 'giu'))) {
    const raw = m[1]!;
    const n = /^\d{1,3}(?:[.,]\d{3})+$/.test(raw) ? Number(raw.replace(/[.,]/g, '')) : Number(raw);
    if (n === amount) return m[2]!.trim();
  }
  return null;
}

interface Cell {
  fee: Fee | null;
  /** Rest of the row after the fee and its note: the description. */
  rest: string;
}

/** Reads the "(note)" right after a fee cell. An unclosed note swallows the row (nothing to split it on). */
function takeNote(s: string): { note: string | null; rest: string } {
  if (!s.startsWith('(')) return { note: null, rest: s };
  const close = matchParen(s, 0);
  if (close === -1) return { note: clean(s.slice(1)), rest: '' };
  return { note: clean(s.slice(1, close)) || null, rest: s.slice(close + 1) };
}

function parseFeeCell(s: string): Cell | null {
  if (s.startsWith(NO_INFO)) return { fee: null, rest: s.slice(NO_INFO.length) };
  const free = FREE_CELL.exec(s);
  if (free) {
    const { note, rest } = takeNote(s.slice(free[0].length));
    const text = clean(s.slice(0, s.length - rest.length));
    const reallyFree = note === null || BENIGN_FREE_NOTE.test(note);
    return {
      fee: reallyFree
        ? { amount: 0, currency: 'VND', per: null, free: true, note, text }
        : // The cell says free but the note names a fee or a limited free period: amount unknown.
          { amount: null, currency: null, per: null, free: false, note, text },
      rest,
    };
  }
  const money = MONEY_CELL.exec(s);
  if (money) {
    const amount = parseAmount(money[1]!);
    const currency = money[2] === 'USD' ? 'USD' : 'VND';
    const { note, rest } = takeNote(s.slice(money[0].length));
    const text = clean(s.slice(0, s.length - rest.length));
    const mentioned = note ? moneyInText(note) : [];
    // A note that names other amounts only ("20 VNĐ" cell, "20.000 vnđ/tờ khai" note) contradicts the cell.
    const conflict = mentioned.length > 0 && !mentioned.includes(amount);
    return {
      fee: {
        amount: conflict || !Number.isFinite(amount) ? null : amount,
        currency,
        per: note && !conflict ? perFromNote(note, amount) : null,
        free: false,
        note,
        text,
      },
      rest,
    };
  }
  return null;
}

interface Row {
  method: Method;
  ambiguous: boolean;
}

/** One row's text after the method name. Returns null when it does not look like a row at all. */
function parseRow(kind: Method['kind'], s: string): Row | null {
  let time: ProcessingTime;
  let afterTime: string;
  const withUnit = TIME_WITH_UNIT.exec(s);
  if (s.startsWith(NO_INFO)) {
    time = { value: null, unit: null, text: '' };
    afterTime = s.slice(NO_INFO.length);
  } else if (withUnit) {
    const unitKey = withUnit[2]!.toLowerCase();
    time = { value: Number(withUnit[1]!.replace(',', '.')), unit: UNITS[unitKey] ?? null, text: withUnit[0] };
    afterTime = s.slice(withUnit[0].length);
  } else if (/^\d+(?=Miễn|Không có thông tin)/.test(s)) {
    // The unit was lost ("Trực tuyến1Miễn phí"): the number alone says nothing.
    const digits = /^\d+/.exec(s)![0];
    time = { value: null, unit: null, text: digits };
    afterTime = s.slice(digits.length);
  } else if (/^\d/.test(s)) {
    // Digits run straight into an amount ("Trực tuyến120,000 VNĐ"): time and fee cannot be told apart.
    const money = /^[\d,.]+ ?(VNĐ|Việt Nam Đồng|Đồng|USD)/.exec(s);
    if (!money) return null;
    const { note, rest } = takeNote(s.slice(money[0].length));
    const text = clean(s.slice(0, s.length - rest.length));
    const fee: Fee = { amount: null, currency: money[1] === 'USD' ? 'USD' : 'VND', per: null, free: false, note, text };
    return {
      method: { kind, time: { value: null, unit: null, text: '' }, fees: [fee], description: clean(rest) },
      ambiguous: true,
    };
  } else {
    // A worded time ("Không quy định", "Không phải trả kết quả…") runs up to the fee cell.
    const at = FEE_START.exec(s);
    if (!at || at.index === 0 || at.index > 200) return null;
    time = { value: null, unit: null, text: clean(s.slice(0, at.index)) };
    afterTime = s.slice(at.index);
  }
  const cell = parseFeeCell(afterTime);
  if (!cell) return null;
  if (cell.fee?.note && cell.fee.amount) {
    const conditions = reductionsIn(cell.fee.note, cell.fee.amount, kind);
    if (conditions.length) cell.fee.conditions = conditions;
  }
  return { method: { kind, time, fees: cell.fee ? [cell.fee] : [], description: clean(cell.rest) }, ambiguous: false };
}

const REDUCTION =
  /(?:Kể )?từ ngày (\d{1,2})\/(\d{1,2})\/(\d{4}) đến hết ngày (\d{1,2})\/(\d{1,2})\/(\d{4})([^.]{0,250}?)bằng (\d{1,3}) ?%([^.]*)/giu;
const iso = (d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/**
 * Time-bound reductions written in a fee note ("Kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 mức thu
 * lệ phí … bằng 50% … theo quy định tại Thông tư số 64/2025/TT-BTC"): a condition with its dates, the
 * reduced amount and the circular when the note names it. One that names online submission only
 * ("theo hình thức trực tuyến") applies to the online row only.
 */
export function reductionsIn(note: string, amount: number, kind: Method['kind']): FeeCondition[] {
  const out: FeeCondition[] = [];
  for (const m of note.matchAll(REDUCTION)) {
    const between = `${m[7]} ${m[9]}`;
    if (/trực tuy[eêếể]n/iu.test(between) && kind !== 'truc_tuyen') continue;
    const pct = Number(m[8]);
    if (!(pct > 0 && pct < 100)) continue;
    const circular = /(Thông tư(?: liên tịch)?(?: số)? \d+\/\d{4}\/[A-ZĐ-]+[A-ZĐ])/u.exec(`${m[9]}`)?.[1] ?? null;
    out.push({
      text: `Thu bằng ${pct}% mức lệ phí`,
      appliesTo: null,
      amount: Math.round((amount * pct) / 100),
      free: false,
      validFrom: iso(m[1]!, m[2]!, m[3]!),
      validTo: iso(m[4]!, m[5]!, m[6]!),
      source: circular ? { document: circular, article: null, url: null } : null,
    });
  }
  return out;
}

export function parseMethods(raw: string | null | undefined): MethodsResult {
  if (isEmptyText(raw)) return { methods: [], quality: 'empty', problems: [] };
  const text = raw!.trim();
  if (!text.startsWith(HEADER)) return { methods: [], quality: 'unknown', problems: ['không có tiêu đề bảng'] };
  const body = text.slice(HEADER.length);
  if (isEmptyText(body)) return { methods: [], quality: 'empty', problems: [] };

  const starts = [...body.matchAll(ROW_START)].map((m) => ({ index: m.index, name: m[1]! }));
  const problems: string[] = [];
  if (starts.length === 0 || starts[0]!.index !== 0) problems.push('văn bản đứng trước hàng đầu tiên');

  const methods: Method[] = [];
  for (let i = 0; i < starts.length; i++) {
    const { index, name } = starts[i]!;
    const end = i + 1 < starts.length ? starts[i + 1]!.index : body.length;
    const row = parseRow(KINDS[name]!, body.slice(index + name.length, end));
    if (row) {
      if (row.ambiguous) problems.push(`thời gian và phí dính liền ở hàng "${name}"`);
      methods.push(row.method);
      continue;
    }
    // A candidate that does not read as a row is more of the previous row's description.
    const prev = methods[methods.length - 1];
    if (prev) prev.description = clean(`${prev.description}${body.slice(index, end)}`);
    else problems.push(`không đọc được hàng "${name}"`);
  }
  if (methods.length === 0) return { methods: [], quality: 'unknown', problems: problems.length ? problems : ['không có hàng nào'] };
  return { methods, quality: problems.length ? 'unknown' : 'structured', problems };
}
