// A real follow-up on the procedure in focus ("giấy báo tử của bệnh viện bị mất thì sao", "có cần
// người làm chứng không") asks something of the citizen's own case, not the procedure again. Its
// answer is what the procedure's page says of the words asked — the lines that hold them — or that
// the page does not say it, and who can tell: never the whole card a second time (round 34's
// tryout: its biggest complaint). Lines are the page's own text, never rephrased or guessed.
import type { ProcedureDetail } from '../procedures/catalog.js';
import { canonicalSpelling, fold } from '../text/normalize.js';
import { chatText, typedWithAccents } from './text.js';

/** Words as chatText spells them ("bị" is "bỵ", "thì" is "thỳ"). */
function canonical(words: string[]): Set<string> {
  return new Set(words.map(canonicalSpelling));
}

/** Words that carry no matter (who, asking, linking): never half of a pair of asked words. */
const FUNCTION_WORDS = canonical(
  (
    'tôi tui mình em anh chị bạn ad ơi à ạ ah nhé nha nhỉ nhen vậy dzậy thế thì là có không hông hổng hem hok ko k được đc cho hỏi xin muốn cần ' +
    'gì nào ở đâu mấy mà phải như nếu khi đã sẽ đang này đó kia ấy những các và với của bị rồi nữa luôn hay hoặc ' +
    'thôi chưa cả đến vào lên để vì nên bao nhiêu lâu giờ ai vẫn cũng chỉ thể còn nhưng ' +
    'ông bà bố mẹ con cháu vợ chồng nó họ'
  ).split(' '),
);
/**
 * Words too common on every page to be the matter asked, and the words of "say more" ("nói rõ hơn
 * đi", "hướng dẫn thêm"): a pair needs one word beyond them.
 */
const SOFT_WORDS = canonical(
  (
    'làm cấp giấy tờ giải quyết mất cái xem thủ tục hồ sơ người đăng ký xã phường nộp lại đổi khác trường hợp một hai ba ' +
    'nói rõ hơn thêm chi tiết cụ giúp hướng dẫn đi'
  ).split(' '),
);
/** Folded, a function word that is also a matter's word ("ho": họ / hộ khẩu, "the": thế / thẻ, "ban": bạn / bản sao) is no function word. */
const FOLDED_TWINS = new Set(['ho', 'do', 'vi', 'the', 'hong', 'can', 'van', 'cung', 'anh', 'minh', 'ban', 'nha', 'bao']);
const FOLDED_FUNCTION = new Set([...FUNCTION_WORDS].map(fold).filter((w) => !FOLDED_TWINS.has(w)));
const FOLDED_SOFT = new Set([...SOFT_WORDS].map(fold));

/** One line of the page: the section it is under and its own text. */
interface PageLine {
  section: string;
  text: string;
}

const MAX_LINE = 240;
const MAX_LINES = 3;
/** The share of the message's words of matter a line's pairs must cover to be shown. */
const SHARE_COVERED = 0.4;

/** Every line of the page a follow-up may be answered from, in the page's order. */
function pageLines(p: ProcedureDetail): PageLine[] {
  const out: PageLine[] = [];
  // (Prose by its sentences; a paper with its note is one line — "Giấy chứng sinh. Không có thì …" is one.)
  const add = (section: string, text: string | null | undefined, whole = false) => {
    for (const part of whole ? [text ?? ''] : (text ?? '').split(/\n+|(?<=[.;])\s+(?=[A-ZĐ(-])/u)) {
      const t = part.trim();
      if (t.length >= 8) out.push({ section, text: t.length > MAX_LINE ? `${t.slice(0, MAX_LINE - 1).trimEnd()}…` : t });
    }
  };
  add('Ai cần làm', p.whoNeeds);
  add('Người nộp', p.applicants);
  add('Điều kiện', p.conditions);
  for (const g of p.documentGroups) {
    for (const d of g.documents) add(g.title, d.note ? `${d.name} (${d.note})` : d.name, true);
    for (const n of g.notes ?? []) add(g.title, n, true);
  }
  for (const s of p.steps) add('Các bước', s);
  for (const t of p.tips) add('Lưu ý', t);
  for (const m of p.mistakes) add('Hay nhầm', m);
  add('Kết quả', p.result);
  return out;
}

/**
 * Everyday words of a detail the card holds — how long, how much, what to bring, where, how it comes
 * back ("lấy ngay được không", "mấy nghìn một trang", "mang bản chính theo hả", "có gửi về nhà hông").
 * Not found on the page in those words, the card (which says it) stands, never "the page does not say".
 */
const CARD_DETAIL =
  /\b(?:lay|co|nhan|tra|lam) (?:ngay|lien|luon)\b|\bmay (?:bua|hom|ngay|tuan|thang)\b|\b\d+ (?:ngay|hom|bua|tuan|thang)\b|\bbao (?:lau|gio|nhieu)\b|\b(?:luc|khi|ngay) nao\b|\btrao giay\b|\b(?:nghin|ngan|trieu|tien|phi|dong)\b|\bmang\b|\bban (?:chinh|sao|goc|photo)\b|\bgiay (?:gi|nao|to)\b|\bnop (?:cho|o|tai|may)\b|\b(?:o|tai) dau\b|\bgui ve\b|\bve nha\b|\bin ra\b|\bxin o\b|\bmau\b|\bto khai\b|\b(?:thu|nhung|cai) gi\b|\b(?:may|\d+) ban\b/;

/** The message read once: with marks its accented words, else its folded ones; `joined` always folded. */
interface Said {
  raw: string;
  accented: boolean;
  words: string[];
  joined: string;
}
function read(text: string): Said {
  const accented = typedWithAccents(text);
  const t = chatText(text);
  return { raw: text, accented, words: accented ? t.accented : t.folded, joined: t.joined };
}

/**
 * A question ("… được không", "… thì sao", "… hả", "?"), not the citizen's case told ("chồng sắp cưới
 * của em ở tỉnh khác", "thẻ bị gãy đôi"): only a question is answered from the page's lines (or told
 * "the page does not say"); a case told keeps the card.
 */
const ASKING = canonical('không ko k hông hổng hem hok chưa hả sao gì nào đâu được đc nhỉ mấy bao ai ntn hay chăng'.split(' '));
const FOLDED_ASKING = new Set('khong ko k hong hem hok chua ha sao gi nao dau duoc dc nhi may bao ai ntn hay'.split(' '));
function asking(said: Said): boolean {
  const last = said.words[said.words.length - 1];
  return (
    said.raw.includes('?') ||
    said.words.some((w) => (said.accented ? ASKING : FOLDED_ASKING).has(w)) ||
    last === (said.accented ? 'à' : 'a')
  );
}

/** A pair of asked words and the words of it that are no soft word (what it covers of the message). */
interface Pair {
  words: string;
  covers: string[];
}

/**
 * Someone else doing it for the citizen ("tôi khai thay được không", "nhờ người làm giúp", "làm hộ"
 * — not "hộ khẩu"): the page says it as "ủy quyền" or "nhờ người khác".
 */
const PROXY_ASKED =
  /\b(?:lam|lm|di|khai|nop|ky|dang ky|xin) (?:thay|giup|gium|dum|ho(?! (?:khau|kinh|ngheo|gia|tich|chieu|can|dan)\b))\b|\bnho (?:nguoi|ai|con|chau|ban)\b|\buy quyen\b|\b(?:thay|giup) (?:duoc|dc|khong|ko|k)\b/;

/** Someone else doing it for the citizen asked ("ai đi thay được không", "ủy quyền cho mẹ làm thay được ko"). */
export const asksProxy = (text: string): boolean => PROXY_ASKED.test(chatText(text).joined);

/** The message's pairs of neighbouring words that name a matter: no function word, not both soft, not the procedure's own name. */
function askedPairs(said: Said, focusName: string): { pairs: Pair[]; content: Set<string> } {
  const { accented, words } = said;
  const fn = accented ? FUNCTION_WORDS : FOLDED_FUNCTION;
  const soft = accented ? SOFT_WORDS : FOLDED_SOFT;
  const name = ` ${chatText(focusName).folded.join(' ')} `;
  const pairs = new Map<string, Pair>();
  // ("sao" is a matter only as "bản sao" / "sao y": else it is "thì sao".)
  const content = new Set(
    words.filter((w, i) => !fn.has(w) && !soft.has(w) && !/^\d+$/.test(w) && (fold(w) !== 'sao' || fold(words[i - 1] ?? '') === 'ban')),
  );
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (fn.has(a) || fn.has(b) || /^\d+$/.test(a) || /^\d+$/.test(b)) continue;
    if (soft.has(a) && soft.has(b)) continue;
    if (name.includes(` ${fold(a)} ${fold(b)} `)) continue;
    pairs.set(`${a} ${b}`, { words: `${a} ${b}`, covers: [a, b].filter((w) => !soft.has(w)) });
  }
  if (PROXY_ASKED.test(said.joined)) {
    const said = accented ? 'ủy quyền' : 'uy quyen';
    // (Said, it answers the whole message: "ông bà đi đăng ký thay được không".)
    pairs.set(said, { words: said, covers: [...content] });
  }
  return { pairs: [...pairs.values()], content };
}

/**
 * What the page says of a follow-up's words: the lines holding enough of its asked pairs (`lines`,
 * each "section: text"), else none found (`lines` empty). Null when the message names no matter of
 * its own ("nói rõ hơn đi", the procedure's name again) or asks nothing (a case told: "thẻ bị gãy
 * đôi"), or when it asks in everyday words a detail the card holds (CARD_DETAIL) and no line says it:
 * the card stands.
 *
 * A line is shown when its pairs cover at least two fifths of the message's words of matter (no
 * function or soft word): one common pair ("hợp đồng" of "nhà thuê thì cần hợp đồng thuê à") does not make a
 * service contract the answer; "báo tử" is two of "giấy báo tử của bệnh viện, ổng mất ở nhà" (báo, tử, bệnh, viện, nhà).
 */
export function fromPage(p: ProcedureDetail, text: string): { lines: string[] } | null {
  const said = read(text);
  const { accented } = said;
  const { pairs, content } = askedPairs(said, p.name);
  if (pairs.length === 0 || !asking(said)) return null;
  const scored = pageLines(p).map((line, i) => {
    const t = chatText(line.text);
    const joined = ` ${(accented ? t.accented : t.folded).join(' ')} `;
    // (With marks, a pair said either way round: "nhà thuê" is the page's "thuê nhà". Without, never:
    // "do dat" would be "đất do thừa kế".)
    const holds = (q: string) => joined.includes(` ${q} `) || (accented && joined.includes(` ${q.split(' ').reverse().join(' ')} `));
    const held = pairs.filter((q) => holds(q.words));
    return { line, i, held: held.length, score: new Set(held.flatMap((q) => q.covers)).size };
  });
  const best = scored
    .filter((s) => s.held > 0 && s.score >= content.size * SHARE_COVERED)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, MAX_LINES)
    .sort((a, b) => a.i - b.i);
  if (best.length === 0 && CARD_DETAIL.test(said.joined)) return null;
  return { lines: best.map((s) => `${s.line.section}: ${s.line.text}`) };
}
