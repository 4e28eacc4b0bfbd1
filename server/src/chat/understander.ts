// Rule-based understanding: vocabulary and patterns over the normalized text. It only decides
// WHAT is asked; looking procedures up and answering happen elsewhere, so a language model can
// replace this class behind the same Understander interface.
import type { Synonym } from '../content/schemas.js';
import { fold, words } from '../text/normalize.js';
import { chatText, hasPhrase, typedWithAccents } from './text.js';
import type { Detail, Intent, UnderstandContext, Understander, Understanding } from './types.js';
import {
  ACCENTED_STOPS,
  ACTION_WORDS,
  AMBIGUOUS_UNACCENTED,
  BACK,
  CORRECTION,
  DEATH_BENEFIT,
  DEATH_STORY,
  DETAIL_CUES,
  FAQ_TOPICS,
  FEEDBACK_NEW,
  FEEDBACK_SENT,
  FEEDBACK_STATUS,
  GOODBYE,
  GREETING,
  HOTLINE,
  hotlineTopicOf,
  INFO_TOPICS,
  ORDINALS,
  OUT_OF_SCOPE,
  SITUATIONS,
  STOP_WORDS,
  situationWithLine,
  THANKS,
  WEAK_TERMS,
  WHAT_CAN_YOU_DO,
} from './vocabulary.js';

export const TRACKING_CODE = /\b(PA|KN|HD)[-\s]?(\d{2,4})(?:[-\s]?(\d{3,8}))?\b/i;
/** A driving licence's class, folded ("a1", "b2", "c1", "fc"). */
const LICENCE_CLASS = /^(?:a[1-4]?|b[12]?|c1?|d[12]?|be|c1e|ce|d1e|d2e|de|f[bcde]?)$/;
/** A question's own words ("… không", "bao lâu", "mấy", "còn …"), folded. */
const ASKING = /\b(?:khong|ko|k|chua|bao lau|bao nhieu|bn|may|sao|the nao|nhu nao|ntn|gi|con|dau|nao)\b/;
/** "mã phản ánh 2025-00317": a code typed without its letters. */
const BARE_CODE = /\bm[aã] (?:ph[aả]n [aá]nh|ki[eế]n ngh[iị]|theo d[oõ]i|tra c[uứ]u)\D{0,12}(\d{4})[-\s]?(\d{3,8})\b/i;
const VNEID_AS_CHANNEL =
  /\b(?:lam|nop|dang ky|khai|gia han|tren|qua|bang)\b.{0,15}\b(?:tren|qua|bang) (?:app )?vneid\b|\bvneid (?:duoc|dc|duoc khong|dc ko)\b/;
/**
 * VNeID said as where a named procedure is filed ("làm cccd cho con dưới 6 tuổi trên vneid thì vào mục nào",
 * "đăng ký hộ kinh doanh trên app VNeID được không"), or an account said to be held already ("tài khoản em
 * định danh mức 2 rồi"): not how to get the account (round 46's tryouts had its FAQ, "Đến Công an cấp xã …",
 * for all of them). Not the account's own troubles (password, lock, login).
 */
export const VNEID_CHANNEL_NAMED =
  /^(?!.*\b(?:mat khau|bi khoa|khoa tai khoan|dang nhap|kich hoat tai khoan|lua dao|duong link)\b)(?=.*\b(?:khai sinh|khai tu|ket hon|tam tru|thuong tru|tam vang|chung thuc|ho kinh doanh|giay phep|xac nhan tinh trang|can cuoc(?! dien tu)|cccd|ho chieu|ly lich tu phap|luu tru)\b).*\b(?:tren|qua|bang|trong) (?:app |ung dung )?vneid\b/;
export const VNEID_HELD =
  /^(?!.*\b(?:mat khau|quen|bi khoa|khoa|loi|bao (?:loi|muc)|van|nhung|ma|khong vao|khong dang nhap|nhap them|muc (?:1|mot)|sao|tai sao)\b).*(?:\b(?:da )?(?:co|dinh danh|kich hoat|len) (?:tai khoan )?(?:vneid |dinh danh )?(?:muc (?:2|hai|do 2) )?roi\b|\bmuc (?:2|hai|do 2) roi\b)/;
/** About the VNeID account itself (password, lock, login, levels, the phone number): the VNeID topic even with a procedure in focus. */
const VNEID_ACCOUNT =
  /\b(?:mat khau|bi khoa|khoa tai khoan|dang nhap|muc (?:1|2|mot|hai|may|nao|do may|do nao)|cai (?:dat|app|ung dung)|bi loi|loi|so dien thoai|kich hoat|tai khoan|lua dao|duong link|cap nhat)\b/;
/** Doing or filing something ("làm", "nộp", "được không"): with a procedure in focus, VNeID is the channel asked about. */
const VNEID_DOING = /\b(?:lam|nop|khai|dang ky|duoc|dc|xin|online|truc tuyen)\b/;
/** A correction that says what it is not ("ko phải bản sao, …", "tách thửa chứ không phải tách hộ"). */
const CORRECTING =
  /^\s*(?:à|a|ờ|ơ|dạ|da|ko|không|khong|k|nhầm|nham|xin lỗi|sorry)\b|\bchứ (?:không|ko|k|khong) phải\b|\bý (?:tôi|em|e|mình|tui|bác|cháu) là\b/i;
/** The step after a death asked by name, and a general "what must I do". */
const DEATH_STEP = /\b(?:cat khau|xoa (?:dang ky )?thuong tru|xoa ho khau)\b/;
const DEATH_GENERAL =
  /\b(?:phai lam (?:nhung )?(?:giay to )?gi|lam nhung (?:giay to )?gi|can lam (?:giay )?gi|thu tuc gi|bat dau tu dau|nhung (?:viec|thu tuc|giay to) gi)\b/;
/** A bare "no" opening the message ("không, bà mất lâu rồi …"). */
const BARE_NO = /^\s*(?:không|ko|khong|hông|k)\s*[,.!]/i;
const DENIED = /(?:chứ )?\b(?:không|ko|k|khong|chẳng) (?:phải|fai)\b[^,.;!?]*/gi;

/**
 * In a correction, what the citizen says it is NOT is dropped, so its words do not pick the very
 * procedure being corrected; nothing is dropped when nothing else would be left.
 */
export function withoutDenied(raw: string): string {
  if (!CORRECTING.test(raw)) return raw;
  const kept = raw.replace(DENIED, ' ');
  return /\p{L}{2,}/u.test(kept.replace(/\b(?:à|a|ờ|ơ|dạ|ạ|ko|không|nhầm|xin lỗi|ý|là|tôi|em|e|mình)\b/giu, '')) ? kept : raw;
}

/** Who a procedure is for: denying only these ("không phải cho con") keeps the procedure. */
const PERSON_WORDS = new Set(
  'cho toi em e con minh chau bo me ba ong vo chong anh chi nguoi no tui be ay a da nha thoi cua la ma'.split(' '),
);

/** Whether the message says the procedure in focus is not the one ("ko phải đk mới", "ko phải bản sao"). */
function deniesProcedure(raw: string): boolean {
  if (!CORRECTING.test(raw)) return false;
  for (const m of raw.matchAll(DENIED)) {
    const said = fold(m[0])
      .split(/\s+/)
      .filter((w) => w && !/^(?:chu|khong|ko|k|chang|phai|fai)$/.test(w));
    if (said.some((w) => !PERSON_WORDS.has(w))) return true;
  }
  return false;
}

/** The out-of-scope rules read before the lines to call (a protection asked after the harm: see `beforeLines`). */
const BEFORE_LINES = OUT_OF_SCOPE.filter((r) => r.beforeLines);
/**
 * Countries by how they are written with diacritics (folded: as without). Typed with diacritics, the
 * country must be written so: "quá hạn" (overdue) is not "qua Hàn", "bố hắn" (his father) is not a
 * Korean father, "dấu ngã" is not a Russian daughter-in-law.
 */
const COUNTRIES: readonly string[] = [
  'hàn quốc',
  'hàn',
  'trung quốc',
  'đài loan',
  'nhật bản',
  'nhật',
  'lào',
  'campuchia',
  'cam pu chia',
  'thái lan',
  'mỹ',
  'pháp',
  'đức',
  'úc',
  'nga',
  'singapore',
  'malaysia',
  'canada',
  'hồng kông',
  // Round 49 (blind 442, people abroad and returning): a Nigerian or Indian husband, a child born in
  // Taiwan ("sinh ở Đài") or Thailand ("sinh bên Thái") was the domestic procedure.
  'ấn độ',
  'nigeria',
  'philippines',
  'indonesia',
  'myanmar',
  'mông cổ',
  'triều tiên',
  'ma cao',
  'brunei',
  'séc',
  'hà lan',
  'thụy điển',
  'na uy',
  'đan mạch',
  'thụy sĩ',
  'tây ban nha',
  'bồ đào nha',
  'anh quốc',
  'new zealand',
  'ả rập',
  'qatar',
  'israel',
  'thổ nhĩ kỳ',
  'ukraine',
  'cuba',
  'nam phi',
  'ai cập',
  'pakistan',
  'bangladesh',
  'nepal',
  'iran',
  'mexico',
  'brazil',
  'angola',
  'kenya',
  'ghana',
  'cameroon',
  'hungary',
  'bulgaria',
  'romania',
  'châu phi',
  'châu âu',
  // (Only where (born) in or over there: "người Thái" is also the Thái people of Vietnam, "Thái Bình" a
  // province; "đài" alone also a station.)
  'thái',
  'đài',
];
/** Countries named by a word with another everyday sense: only after "bên", "sinh ở" … (PLACE_ONLY_AFTER), never before "Bình", "Nguyên" … */
const PLACE_ONLY = new Set(['thái', 'đài']);
const PLACE_ONLY_AFTER = /^(?:ben|sinh(?: ra)? (?:o|ben|tai)|o ben|quoc tich)$/;
const PLACE_ONLY_NOT_BEFORE = /^(?:binh|nguyen|hoa|thuy|son|lan|loan|truyen|phat|tuong|phun|liet|ky|thien|quan|trang)$/;
/**
 * A foreign country or living abroad (not "người Tày", "Lào Cai", "người anh"); the countries as listed above, folded.
 * (Nor "quá hạn", folded "qua han": round 42's tryout, "quá hạn thì sao" after a death was read as one in Korea.)
 */
const FOREIGN = new RegExp(
  `\\b(?:nguoi|ben|o|tai|sang|qua|quoc tich) (?:${COUNTRIES.filter((c) => !PLACE_ONLY.has(c))
    .map((c) => (c === 'lào' ? 'lao(?! cai)' : c === 'hàn' ? '(?<!qua )han' : fold(c)))
    .join(
      '|',
    )})\\b|\\b(?:ben|sinh(?: ra)? (?:o|tai)) (?:${[...PLACE_ONLY].map(fold).join('|')})\\b(?! ${PLACE_ONLY_NOT_BEFORE.source.replace(/^\^|\$$/g, '')}\\b)|\\bviet kieu\\b|\\bdinh cu (?:o|tai|ben)\\b|\\bngoai quoc\\b`,
);
/** The countries as compared below: word count, as written, folded (computed once, not per message). */
const COUNTRY_FORMS = COUNTRIES.map((c) => ({ n: c.split(' ').length, accented: c, folded: fold(c) }));
/**
 * Who is of that country ("chồng Hàn", "người Đài Loan", "quốc tịch Nhật", "hộ chiếu Lào" — round 53's tryout) or born there
 * ("sinh bên Hàn").
 */
const NATIONAL_OF =
  /^(?:nguoi(?: ben)?|quoc tich|ho chieu|chong|vo|bo|me|cha|ba|ong|re|dau|sinh(?: ra)? (?:o|ben|tai)|(?:lay|cuoi) (?:vo|chong)(?: (?:ben|o))?)$/;
/** A foreign side said outright. */
const FOREIGN_WORDS = /\b(?:viet kieu|dinh cu (?:o|tai|ben)|ngoai quoc|nguoi nuoc ngoai|yeu to (?:nuoc ngoai|nn))\b/;
/** A foreign side denied ("không liên quan nước ngoài", "cả hai vợ chồng là người Việt"). */
const FOREIGN_DENIED =
  /\bkhong (?:lien quan|co yeu to|phai (?:la )?(?:nguoi )?) ?(?:gi )?(?:den |toi )?(?:nguoi )?nuoc ngoai\b|\bca hai\b.*\bnguoi viet\b/;

/**
 * Whether a message says the civil-status matter has a foreign side: a foreign national or someone
 * born abroad (not someone Vietnamese working abroad: "chồng đang đi làm ở Hàn" stays the domestic
 * procedure, as the writers label it), a Việt kiều, "yếu tố nước ngoài"; `denied` when it says there
 * is none. Round 25: blind 149 (families with a foreign spouse) found "chồng Hàn", "bố người Nhật",
 * "vợ Lào" answered with the domestic procedure.
 */
export function foreignSide(text: string): 'said' | 'denied' | null {
  // (Chat shorthand expanded: "ng Trung Quốc" is "người Trung Quốc".)
  const { accented: tokens, folded, joined } = chatText(text);
  if (FOREIGN_DENIED.test(joined)) return 'denied';
  if (FOREIGN_WORDS.test(joined)) return 'said';
  // (Whether the citizen typed diacritics: their own words, not the shorthand's expansion.)
  const accents = words(text).some(typedWithAccents);
  for (let i = 1; i < tokens.length; i++) {
    for (const country of COUNTRY_FORMS) {
      const here = tokens.slice(i, i + country.n);
      if (here.length < country.n) continue;
      const same = accents ? here.join(' ') === country.accented : here.map(fold).join(' ') === country.folded;
      if (!same) continue;
      // (Not Lào Cai, nor "người lao động" typed without diacritics.)
      if (country.folded === 'lao' && (folded[i + 1] === 'cai' || folded[i + 1] === 'dong')) continue;
      if (PLACE_ONLY.has(country.accented)) {
        if (PLACE_ONLY_NOT_BEFORE.test(folded[i + 1] ?? '')) continue;
        for (let k = 1; k <= Math.min(3, i); k++) if (PLACE_ONLY_AFTER.test(folded.slice(i - k, i).join(' '))) return 'said';
        continue;
      }
      for (let k = 1; k <= Math.min(3, i); k++) if (NATIONAL_OF.test(folded.slice(i - k, i).join(' '))) return 'said';
    }
  }
  return null;
}

/** The countries after "ở", "bên", "tại" (folded; "bên Đài", "ở Thái" but not "Thái Bình"). */
const ABROAD_PLACE = `(?:nuoc ngoai|(?:${COUNTRIES.map((c) => fold(c)).join('|')})(?! (?:binh|nguyen|hoa|thuy|son|cai|dong|truyen|phat|tho|pho|linh|trong|thanh)\\b))`;
/**
 * Done there: "bên đó cấp giấy rồi", "Úc cấp rồi", "đã đăng ký bên Thái rồi", "đã ly hôn ở Mỹ", "bên Séc có cấp giấy
 * khai sinh", "cháu có giấy khai sinh của Nhật rồi" (round 52's tryout) — registered by the foreign authority (the commune records it, "ghi vào sổ", rather than registers it).
 */
const doneAbroad = (place: string, bare: string) =>
  new RegExp(
    String.raw`\b(?:(?:ben|o|tai) ${place}|${bare}) (?:(?:(?:da|cung|ho da) )(?:cap|dang ky|dk|lam|giai quyet|xu|cho)\b|co cap\b|(?:ho )?(?:cap|dang ky|dk|lam|giai quyet|xu|cho)\b.{0,40}\b(?:roi|xong)\b)|\b(?:da|duoc|dc) (?:dang ky|dk|cap|lam|giai quyet|xu|ly hon|ly di|ket hon|khai sinh|khai tu)\b(?: \w+){0,4} (?:o|tai|ben) ${place}|\b(?:co|da co|cam|giu) (?:giay |ban )?(?:khai sinh|giay khai sinh|ket hon|giay ket hon|giay chung nhan ket hon|giay ly hon|quyet dinh ly hon|giay khai tu)\b (?:cua|do|ben|o|tai) ${place}`,
  );
/** Done in or over there in a country named, or abroad ("đã ly hôn ở Mỹ"). */
const DONE_ABROAD = doneAbroad(ABROAD_PLACE, 'nuoc ngoai');
/**
 * Done "there" ("bên đó cấp rồi") or by a country said bare ("Úc cấp rồi", where "hạn" may be the Korean "Hàn"):
 * abroad only when the matter has a foreign side.
 */
const DONE_THERE = doneAbroad(String.raw`(?:do|kia|ay)\b`, ABROAD_PLACE);
/** Registered here, or at a Vietnamese embassy ("chồng đi làm ở Hàn, đã đăng ký kết hôn ở xã"). */
const REGISTERED_HERE =
  /\b(?:dang ky|dk|lam|cap)(?: \w+){0,3} (?:o|tai) (?:xa|phuong|uy ban|ubnd|viet nam|vn|que|trong nuoc|dai su quan|lanh su quan|co quan dai dien)\b/;
const DONE_DIVORCE = /\b(?:ly hon|ly di|huy (?:viec )?ket hon)\b/;
const DONE_DIVORCE_ALL = new RegExp(DONE_DIVORCE.source, 'g');
const DONE_MARRIAGE = /\b(?:ket hon|cuoi (?:nhau|vo|chong)|dam cuoi|hon thu)\b/;
const DONE_OTHER =
  /\b(?:khai sinh|sinh (?:ra )?(?:o|ben|tai)|giay (?:chung )?sinh|sinh (?:con|chau|be)|con sinh|chau sinh|be sinh|khai tu|chung tu|nhan (?:cha|me|con)|giam ho)\b/;
const DONE_ADOPTION = /\b(?:con nuoi|nhan nuoi)\b/;

/**
 * A civil-status matter already registered abroad (round 49's blind 442, people abroad and returning: "bên đó cấp giấy
 * khai sinh rồi ạ" after a birth abroad was asked which procedure, "đã ly hôn ở Mỹ" was the single-status paper):
 * which record the commune writes into its book — `divorce`, `marriage`, else `other` (a birth, a death, a parent
 * recognised, an adoption) — or null. `focusName` and `offered` are the procedure in focus and those just offered.
 */
export function registeredAbroad(
  text: string,
  focusName = '',
  offered: readonly string[] = [],
): 'divorce' | 'marriage' | 'adoption' | 'other' | null {
  const { joined } = chatText(text);
  if (FOREIGN_DENIED.test(joined) || REGISTERED_HERE.test(joined)) return null;
  const around = fold([focusName, ...offered].join(' '));
  // (Done "there": a foreign side said here, or the matter in focus or offered has one.)
  const there =
    DONE_THERE.test(joined) &&
    (foreignSide(text) === 'said' || FOREIGN.test(joined) || /\bnuoc ngoai\b/.test(joined) || /\bnuoc ngoai\b/.test(around));
  if (!there && !DONE_ABROAD.test(joined)) return null;
  // (One matter said: done abroad and another asked — "kết hôn ở Hàn rồi, giờ làm khai sinh cho con" — is the other one.)
  const divorce = DONE_DIVORCE.test(joined);
  const rest = joined.replace(DONE_DIVORCE_ALL, ' ');
  const said = [divorce, DONE_MARRIAGE.test(rest), DONE_OTHER.test(rest), DONE_ADOPTION.test(rest)].filter(Boolean).length;
  if (said > 1) return null;
  if (divorce) return 'divorce';
  if (DONE_ADOPTION.test(rest)) return 'adoption';
  // (A marriage told about a child — "mẹ bé người Thái Lan, đã đăng ký kết hôn ở Thái" — is the child's matter.)
  if (DONE_MARRIAGE.test(rest)) return /\b(?:be|con|chau)\b/.test(rest) ? null : 'marriage';
  if (DONE_OTHER.test(rest)) return 'other';
  if (/\bly hon\b/.test(around)) return 'divorce';
  // (A birth before an adoption: the birth's record lists "nuôi con nuôi" among the matters it covers.)
  if (/\bkhai sinh\b/.test(around)) return 'other';
  if (/\bcon nuoi\b/.test(around)) return 'adoption';
  if (/\bket hon\b/.test(around)) return 'marriage';
  return /\b(?:khai tu|nhan cha|giam ho)\b/.test(around) ? 'other' : null;
}

/** A foreign national as a guest or tenant ("khách thuê phòng là người nước ngoài", "mang hộ chiếu Mỹ"), not a Việt kiều. */
const FOREIGN_GUEST = new RegExp(
  String.raw`\b(?:nguoi nuoc ngoai|nguoi ngoai quoc|khach (?:nuoc ngoai|ngoai quoc|tay|quoc te)|tay ba lo|ho chieu (?:nuoc ngoai|${ABROAD_PLACE})|quoc tich (?:nuoc ngoai|${ABROAD_PLACE}))\b`,
);
/** Whether a stay is a foreign national's (round 49's blinds 442 and 446: a foreign tenant's stay was the Vietnamese one's notice). */
export function foreignGuest(text: string): boolean {
  const { joined } = chatText(text);
  if (FOREIGN_DENIED.test(joined) || /\b(?:viet kieu|nguoi viet|dinh cu)\b/.test(joined)) return false;
  return FOREIGN_GUEST.test(joined) || foreignSide(text) === 'said';
}

/** Civil-status words: where a foreign side changes the procedure. */
const CIVIL_STATUS = /\b(?:ket hon|khai sinh|khai tu|con nuoi|nhan (?:cha|me|con)|lay (?:vo|chong)|cuoi (?:vo|chong|nhau))\b/;
/** A procedure said by its everyday name. */
const NAMED_PROCEDURE =
  /\b(?:dang ky (?:khai sinh|khai tu|ket hon|tam tru|thuong tru|xe)|khai sinh|khai tu|ket hon|tam tru|thuong tru|tam vang|chung thuc|ho kinh doanh|giay phep|xac nhan tinh trang)\b/;
/** Getting the account itself, asked as a procedure: where, what to bring, how long, what it costs. */
const VNEID_PROCEDURE =
  /\b(?:lam|dang ky|kich hoat|cap|xin) (?:tai khoan )?(?:dinh danh|vneid)\b.{0,30}\b(?:o dau|can gi|can nhung gi|mang (?:theo )?(?:gi|nhung gi)|giay to gi|bao lau|mat tien|mat phi|le phi)\b/;
const VNEID_FOR_SOMEONE =
  /\b(?:dang ky|lam|cap|kich hoat) (?:tai khoan )?(?:vneid|dinh danh)\b.{0,30}\bcho (?:con|be|me|bo|ong|ba|chau|nguoi)\b/;
/**
 * A benefit or a paper asked for (round 23: pooled, 25 such questions that also said an accident, a
 * fire, a theft or a grave illness got the emergency lines instead of the procedure).
 */
const BENEFIT_ASKED =
  /\b(?:che do|tro cap|ho ngheo|can ngheo|khai tu|khai bao|lam lai|cap lai|can cuoc|cccd|giay to|giay dang ky|giay phep|so do|so hong|di chuc|chung thuc|bien so|xac nhan|hieu dinh|boi thuong|mat suc lao dong|suy giam (?:kha nang )?lao dong|tan tat|khuyet tat|bao hiem tai nan|co duoc (?:\w+ )?(?:tro cap|ho tro|boi thuong|che do|xet))\b/;
/** A feedback's tracking code said lost or forgotten. */
const CODE_LOST =
  /^(?=.*\b(?:phan anh|kien nghi|gop y|ma theo doi|ma tra cuu)\b).*\b(?:quen|mat|khong nho|khong co|chua co|khong biet|lam mat|xoa mat|khong thay) (?:mat |luon |het )?(?:cai )?(?:ma|ma so|ma theo doi|ma tra cuu)\b(?! (?:otp|pin|vneid))/;
/** … asked again right after ("làm sao lấy lại", "quên rồi"). */
const CODE_LOST_AGAIN = /\b(?:lay lai|tim lai|quen (?:mat )?(?:roi|ma)|mat (?:ma|roi)|khong nho)\b/;
/** Feedback one wants to send (not one sent before). */
const WANTS_TO_SEND = /\b(?:muon|can|xin|dinh|se|cho (?:toi|tui|em|minh)) (?:gui|nop|lam|viet) (?:phan anh|kien nghi|don|gop y)\b/;
/** … unless a scam, a police report or an emergency number is said with it. */
const STILL_URGENT = /\b(?:lua dao|tu xung|chuyen (?:\d+ )?(?:trieu|tien)|goi cong an|bao cong an|11[1-5])\b/;
// (Round 39's tryout: "ông ấy đang bị kẹt bên trong", "dây điện đang tóe lửa" — happening now, said so.)
const URGENT = /(?<!tra )\b(?:cuu|cuu voi|goi|nguy|mac ket|bi ket|toe lua|phat lua|dang chay|nang|gap|ngay|khan cap|so nao|so may|bao)\b/;

const DETAIL_PHRASES: { detail: Detail; words: string[] }[] = Object.entries(DETAIL_CUES)
  .flatMap(([detail, cues]) => cues.map((c) => ({ detail: detail as Detail, words: c.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);
const CORRECTION_PHRASES = [...CORRECTION].map((c) => c.split(' ')).sort((a, b) => b.length - a.length);
const BACK_PHRASES = BACK.map((c) => c.split(' ')).sort((a, b) => b.length - a.length);
const DEATH_MEANS = 'đăng ký khai tử';
/** Words beyond which a message is a story rather than a question. */
const LONG_STORY = 24;
/** Verbs before "lại" that make it "again" (làm lại, cấp lại, đăng ký lại). */
const AGAIN_VERBS = new Set(['lam', 'cap', 'xin', 'ky', 'in', 'khai', 'lap', 'lay', 'doi', 'nop', 'cai']);
const PAPERS_ASKED = /\b(?:lam giay|giay to|thu tuc|lam gi|giay gi|lam sao|the nao|ntn)\b/;
/** Spans of time: "mất cả ngày" is how long, not lost. */
const SPAN = new Set(['ngay', 'buoi', 'tuan', 'thang', 'nam', 'tieng', 'gio', 'phut', 'dem']);
const COST_OR_TIME = new Set(['le', 'phi', 'tien', 'bao', 'may', 'thoi', 'lau', 'nhieu', 'het', 'khoang', 'cong', 'gan', 'tam']);
/** Words around an office or online-service question that name no procedure. */
const INFO_FILLER = new Set([
  'thu',
  'chu',
  'nhat',
  'bay',
  'sang',
  'chieu',
  'trua',
  'mo',
  'cua',
  'dong',
  'nghi',
  'le',
  'tet',
  'hom',
  'mai',
  'gio',
  'luc',
  'nao',
  'ngay',
  'tuan',
  'cuoi',
  'muc',
  'app',
  'ung',
  'dung',
  'tai',
  'khoan',
  'dinh',
  'danh',
  'dien',
  'tu',
  'kich',
  'hoat',
  'phan',
  'toan',
  'trinh',
  'online',
  'truc',
  'tuyen',
  'mang',
  'nghia',
  'khac',
  'nhau',
  'cach',
  'chuyen',
  'khoan',
  'ngan',
  'hang',
  'vi',
  'ban',
  'do',
  'duong',
  'uy',
  'nhan',
  'dan',
  'trung',
  'phuc',
  'vu',
  'cong',
  'ma',
  'tinh',
  'trang',
  'tien',
  'thai',
  'den',
  'dau',
  'roi',
  'vneid',
  'nop',
  'thanh',
  'toan',
  'bat',
  'buoc',
  'loi',
  'dang',
  'nhap',
  'quen',
  'mat',
  'khau',
  'lay',
  'lai',
  'kieu',
  'de',
  'gi',
  'thon',
  'len',
  'moi',
  'biet',
  'cho',
  'giay',
  'to',
  'bac',
  'quoc',
  'gia',
  'dung',
]);

/** "con 10 tuổi", "bé 6 tuoi": the age a message states, to tell age-bound procedures apart. */
function ageOf(joined: string): number | null {
  // "dưới 14 tuổi" names a group: any age below it; "từ đủ 14 tuổi" any from it.
  // ("chưa đủ 14 tuổi", "chưa tới 14t": under it too.)
  const m = /\b(?:(duoi|chua (?:du|toi|den|tron|day)) )?(\d{1,3}) ?(?:tuoi|t)\b/.exec(joined);
  if (!m)
    return (
      AGE_IN_WORDS.exec(joined)
        ?.slice(1)
        .reduce((n, w) => n + (w ? (NUMBER_WORDS[w] ?? 0) : 0), 0) ?? null
    );
  return m[1] ? Number(m[2]) - 1 : Number(m[2]);
}
/**
 * A child's age in words ("cháu năm tuổi", "con mười hai tuổi"): said of a child, so "bà tuổi cao" is
 * none (round 42: blind 368, "làm căn cước cho cháu năm tuổi" had the card for those over 14).
 */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};
const AGE_IN_WORDS =
  /\b(?:chau|con|be|em be|thang be|con be|dua nho)\b(?: (?:toi|tui|em|minh|nha|gai|trai|noi|ngoai))? (?:(muoi) )?(mot|hai|ba|bon|nam|lam|sau|bay|tam|chin|muoi) tuoi\b/;

/** Marks the words inside a character span of the folded, space-joined text as used. */
function consumeSpan(folded: string[], used: boolean[], from: number, to: number): void {
  let pos = 0;
  for (let i = 0; i < folded.length; i++) {
    if (pos >= from && pos < to) used[i] = true;
    pos += folded[i]!.length + 1;
  }
}
const CHOICE_FILLERS = new Set([
  'thoi',
  'vay',
  'u',
  'ok',
  'oke',
  'chon',
  'lay',
  'cai',
  'so',
  'thu',
  'phuong',
  'an',
  'lua',
  'muc',
  'la',
  'y',
  'toi',
  'em',
  'minh',
  'anh',
  'chi',
  'a',
  'nhe',
  'di',
  'nha',
  'con',
  'the',
  'thi',
  'vang',
  'da',
  'khong',
  'phai',
  'ma',
]);

interface CompiledSynonym {
  from: string[];
  means: string;
}

export interface RuleBasedOptions {
  /** Content synonyms (content/synonyms.yaml): what people say → what procedures call it. */
  synonyms?: readonly Synonym[];
}

/** Drops the terms `gone` picks, with their accented twins (the two lists stay index for index). */
function dropTerms(terms: string[], accented: (string | null)[], gone: (t: string) => boolean): void {
  for (let i = terms.length - 1; i >= 0; i--) {
    if (!gone(terms[i]!)) continue;
    terms.splice(i, 1);
    accented.splice(i, 1);
  }
}

/**
 * An officer's conduct complained of, money aside (asking money is the FAQ "đòi tiền ngoài quy định"): shouting, a dossier
 * lost, a receipt or a filing refused, the office closed early, everyone at a meeting, drunk, slow (round 49's blind 444,
 * residents complaining about local officials: these were "not sure" or another procedure's papers). A feedback to send.
 */
/**
 * A shared lane or a public way blocked or built over by a neighbour ("hàng xóm xây nhà lấn sang lối đi chung",
 * "để xe máy chắn hết lối đi chung của ngõ"): an encroachment the commune deals with, sent as a feedback (round 51's
 * tryout had both declined). Not a quarrel over one's own plot (the mediation) nor a fight (the police's line).
 */
export const LANE_ENCROACHED =
  /^(?=.*\b(?:bao o dau|bao ai|bao dau|phan anh|kien nghi|lam sao|lam the nao|phai lam gi|lam gi|nho xa|noi mai (?:khong|ko|k) nghe)\b)(?!.*\b(?:hoa giai|tranh chap|ranh gioi|so do|danh nhau|danh|chem|dam|kien|giay phep|xin phep|thu tuc|dang ky)\b).*(?:\b(?:xay|lam|dung|do|de|dong) (?:\w+ ){0,4}(?:lan|chan|chiem) (?:\w+ ){0,2}(?:loi di chung|loi di|ngo|hem|kiet|duong (?:lang|thon|lien thon|chung)|via he|muong|rach|dat cong)\b|\b(?:chan|bit|lan chiem|chiem) (?:het |mat |ca |nua )?(?:loi di chung|loi di chung cua ngo|ngo|hem|kiet)\b)/;
const OFFICIAL_CONDUCT =
  /^(?!.*\b(?:boi thuong|den bu|cong an)\b).*?(?<!\b(?:thua|chao|hoi|nho|goi|cam on) )\b(?:can bo|cong chuc|nhan vien|chu tich|pho chu tich|truong thon|pho thon|truong ap|dia chinh|mot cua|nguoi (?:o|cua) xa)\b(?! oi\b)(?: (?!(?:toi|tui|em|minh|chau|con)\b)\w+){0,10} (?:quat(?: thao| nat)?|hach sach|nhung nhieu|gay kho(?: de)?|lam kho|lam mat (?:\w+ ){0,2}(?:ho so|giay|so)|(?:khong|ko|k) (?:chiu )?(?:cho (?:toi |em |tui |minh )?(?:nop|bien lai)|nhan (?:ho so|don)|tiep (?:dan|toi|em))|di hop (?:het|ca)|ve het|dong cua som|den muon|uong ruou|say ruou|thai do (?:khong tot|coc|hach|kem|te)|cau gat|noi (?:nang|kho nghe|tuc)|choi game|lam cham|tre hen|hen (?:lan )?hen lai)\b/;
/** Whether one's name or number is published, kept back, leaked ("có bị công khai không", "ẩn danh được không"). */
const PUBLISHED_ASKED = /\b(?:cong khai|bi lo|an danh|dang len (?:mang|cong))\b/;
/** One's own number, or its publishing, said ("số điện thoại của tôi", "có bị công khai"). */
const OWN_NUMBER = /\b(?:cua (?:toi|tui|em|minh)|cong khai|bi lo|dang len)\b/;

export class RuleBasedUnderstander implements Understander {
  private readonly synonyms: CompiledSynonym[];

  constructor(opts: RuleBasedOptions = {}) {
    this.synonyms = (opts.synonyms ?? [])
      .filter((s) => !IGNORED_MEANINGS.test(fold(s.means)))
      .flatMap((s) => s.terms.map((t) => ({ from: words(t).map(fold), means: s.means })))
      .filter((s) => s.from.length > 0)
      .sort((a, b) => b.from.length - a.from.length);
  }

  understand(raw: string, ctx: UnderstandContext): Understanding {
    const text = chatText(ctx.state.focus ? withoutDenied(raw) : raw);
    const intent = this.intentOf(raw, text, ctx);
    return { intent, normalized: text.joined };
  }

  private intentOf(raw: string, text: ReturnType<typeof chatText>, ctx: UnderstandContext): Intent {
    const { joined, folded, accented } = text;
    const { state } = ctx;

    // Feedback status: a tracking code, or the last 4 phone digits we asked for.
    const code = TRACKING_CODE.exec(raw);
    const bare = code ? null : BARE_CODE.exec(raw);
    if (code || bare) {
      const rest = raw.replace((code ?? bare)![0], ' ');
      const last4 = /(?<!\d)(\d{4})(?!\d)/.exec(rest)?.[1] ?? null;
      // (The number is six digits, zero-padded as the codes are made: "PA 2026 123" is PA-2026-000123 —
      // round 41's tryout looked up "PA-2026-123".)
      const seq = (n: string) => (n.length < 6 ? n.padStart(6, '0') : n);
      const trackingCode = code
        ? `${code[1]!.toUpperCase()}-${code[2]}${code[3] ? `-${seq(code[3])}` : ''}`
        : `PA-${bare![1]}-${seq(bare![2]!)}`;
      return { kind: 'feedback_status', trackingCode, last4 };
    }
    if (state.awaitingLast4) {
      // "7712", "4 số cuối là 7712", "sđt đuôi 3368", or the whole number "0987 654 321": its last 4 digits.
      const digits = raw.replace(/\D/g, '');
      if (digits.length >= 4 && digits.length <= 12 && raw.length <= 120)
        return { kind: 'feedback_status', trackingCode: state.awaitingLast4, last4: digits.slice(-4) };
    }
    if (folded.length === 0) return { kind: 'unknown' };

    // Choosing among the options we just offered.
    if (state.options.length > 0) {
      const choice = this.choiceOf(folded);
      if (choice !== null) return { kind: 'choice', index: choice, details: this.detailsOf(folded, new Array(folded.length).fill(false)) };
    }

    const protection = BEFORE_LINES.find((r) => r.pattern.test(joined) && !(r.unless?.test(joined) ?? false));
    if (protection) return { kind: 'out_of_scope', topic: protection.id };
    // Emergencies and who to call come first: "cháu bé hàng xóm bị bạo hành" is 111, not a dispute.
    const hotlineTopic = hotlineTopicOf(joined);
    const asksNumber = HOTLINE.some((p) => hasPhrase(joined, p));
    // (Not a harm past, asked about for a benefit or a paper: "bị tai nạn lao động, làm chế độ thế
    // nào", "ốm nặng, có được xét hộ nghèo ngay không", "bị trộm ví mất cccd".)
    const urgent = (URGENT.test(joined) || folded.length <= 14) && !(BENEFIT_ASKED.test(joined) && !STILL_URGENT.test(joined));
    // A situation `situationOf` reads (wanting to die, a scam going on, someone missing …): the line, asked for or not.
    const pressing = situationWithLine(joined, hotlineTopic) !== null;
    if (hotlineTopic && (asksNumber || pressing || (hotlineTopic !== 'cu_tru' && urgent))) return { kind: 'hotline', topic: hotlineTopic };

    if (WHAT_CAN_YOU_DO.test(joined) && folded.length <= 16) return { kind: 'greeting' };
    const faq = FAQ_TOPICS.find((f) => f.pattern.test(joined));
    if (faq) return { kind: 'faq', id: faq.faq };
    for (const rule of OUT_OF_SCOPE) {
      if (rule.pattern.test(joined) && !(rule.unless?.test(joined) ?? false)) return { kind: 'out_of_scope', topic: rule.id };
    }
    // (Round 41's tryout: a code said lost — "gửi phản ánh hôm trước mà quên mất mã rồi", then "làm sao
    // lấy lại" — was asked for the code again, then read as a VNeID password.)
    const lost = CODE_LOST.test(joined) || (state.lastTopic === 'feedback_status' && folded.length <= 8 && CODE_LOST_AGAIN.test(joined));
    if (lost) return { kind: 'feedback_status', trackingCode: null, last4: null, lost: true };
    // (Not feedback one wants to send, "tui muốn gửi phản ánh cái đèn đường … hư cả tháng rồi": round 41's tryout.)
    if ((FEEDBACK_SENT.test(joined) && !WANTS_TO_SEND.test(joined)) || FEEDBACK_STATUS.some((p) => hasPhrase(joined, p)))
      return { kind: 'feedback_status', trackingCode: null, last4: null };

    const used: boolean[] = new Array(folded.length).fill(false);
    // A question about the office, fees online, online levels, VNeID or a dossier: its words are
    // consumed; if nothing naming a procedure is left, it is that topic.
    let info: (typeof INFO_TOPICS)[number]['topic'] | null = null;
    for (const t of ctx.topicsAside ? [] : INFO_TOPICS) {
      const m = t.pattern.exec(joined);
      if (!m) continue;
      // "làm trên VNeID được không" about a procedure is its online detail; registering someone is the procedure.
      if (t.topic === 'vneid' && (VNEID_AS_CHANNEL.test(joined) || VNEID_FOR_SOMEONE.test(joined) || VNEID_CHANNEL_NAMED.test(joined)))
        continue;
      // An account held already, with a procedure in focus or named: that procedure, filed online.
      if (t.topic === 'vneid' && VNEID_HELD.test(joined) && (state.focus || NAMED_PROCEDURE.test(joined))) continue;
      // With a procedure in focus, "trên app VNeID có làm được không" asks how to file it, not about the app.
      if (t.topic === 'vneid' && state.focus && VNEID_DOING.test(joined) && !VNEID_ACCOUNT.test(joined)) continue;
      // "dùng VNeID nộp đăng ký tạm trú được không": a procedure named, VNeID its channel.
      if (t.topic === 'vneid' && VNEID_DOING.test(joined) && NAMED_PROCEDURE.test(joined) && !VNEID_ACCOUNT.test(joined)) continue;
      // "làm định danh mức 2 ở đâu, cần gì": the procedure that grants the account, not the app.
      if (t.topic === 'vneid' && VNEID_PROCEDURE.test(joined)) continue;
      // Hours, paying, VNeID and following a dossier are the question whatever procedure is named with them.
      if (t.strong) return { kind: 'info', topic: t.topic };
      info = t.topic;
      consumeSpan(folded, used, m.index, m.index + m[0].length);
      break;
    }
    let back = false;
    for (const phrase of BACK_PHRASES) {
      const at = findPhrase(folded, phrase, used);
      if (at >= 0) {
        for (let i = at; i < at + phrase.length; i++) used[i] = true;
        back = true;
      }
    }
    let correction = false;
    // Near the start ("à ko, e nhầm, ý e là …"), every correction phrase is consumed, with what
    // comes before the first ("à ko").
    for (const phrase of CORRECTION_PHRASES) {
      let at = findPhrase(folded, phrase, used);
      while (at >= 0 && at <= 5) {
        for (let i = correction ? at : 0; i < at + phrase.length; i++) used[i] = true;
        correction = true;
        at = findPhrase(folded, phrase, used);
      }
    }
    // What the citizen says it is not ("ko phải đk mới ạ", dropped before reading) or a bare "không,"
    // at the start, with a procedure in focus: a correction too.
    // (Not when it only denies the person: "ko phải cho tôi, cho con gái tôi" is the same procedure.)
    const denied = state.focus !== null && (BARE_NO.test(raw) || deniesProcedure(raw));
    if (denied) correction = true;
    const details = this.detailsOf(folded, used);
    // "mất" before a cost or a time ("có mất lệ phí", "mất mấy ngày") only asks that detail.
    for (let i = 0; i < folded.length; i++) {
      if (
        folded[i] === 'mat' &&
        !used[i] &&
        (used[i + 1] ||
          COST_OR_TIME.has(folded[i + 1] ?? '') ||
          // "mất cả ngày đường", "mất 2 buổi": a time taken ("mất năm ngoái" is a death).
          ((folded[i + 1] === 'ca' || /^\d+$/.test(folded[i + 1] ?? '')) && SPAN.has(folded[i + 2] ?? '')) ||
          // "có mặt" typed without diacritics ("cả 2 người có mat ko"): being present, not lost.
          (folded[i - 1] === 'co' && accented[i] !== 'mất'))
      )
        used[i] = true;
    }
    const means = this.situationsOf(folded, used);
    for (let i = 0; i < folded.length; i++) {
      if (folded[i] === 'lai' && !used[i] && !AGAIN_VERBS.has(folded[i - 1] ?? '')) used[i] = true;
    }
    const age = ageOf(joined);
    const terms: string[] = [];
    const accentedTerms: (string | null)[] = [];
    const queryWords: string[] = [];
    const action = folded.some((w, i) => ACTION_WORDS.has(w) && !(w === 'dang' && folded[i + 1] !== 'ky'));
    for (let i = 0; i < folded.length; i++) {
      if (used[i]) continue;
      // "sao" is "why" except in "bản sao" (a copy).
      const copy = folded[i] === 'sao' && folded[i - 1] === 'ban';
      if (!copy && isStop(folded[i]!, accented[i]!, folded[i + 1])) continue;
      terms.push(folded[i]!);
      accentedTerms.push(typedWithAccents(accented[i]!) ? accented[i]! : null);
      queryWords.push(accented[i]!);
    }
    // A long story: its everyday situations ("bố mất", "ở trọ") say what it is about better than its many words.
    if (means.length > 0 && folded.length > LONG_STORY) {
      // … keeping "mất" / "lại" (lost, again): they decide between first-time and re-issue.
      // (Typed with diacritics, only "mất" and "lại" themselves: "mắt kém" is the eyes, "lái" a driver.)
      const again = terms
        .map((t, i) => ({ t, a: accentedTerms[i]! }))
        .filter((x) => (x.t === 'mat' && (x.a === null || x.a === 'mất')) || (x.t === 'lai' && (x.a === null || x.a === 'lại')));
      terms.length = 0;
      accentedTerms.length = 0;
      queryWords.length = 0;
      for (const x of again.slice(0, 1)) {
        terms.push(x.t);
        accentedTerms.push(x.a);
      }
    }
    for (const m of means) {
      for (const w of words(m)) {
        const f = fold(w);
        if (!terms.includes(f)) {
          terms.push(f);
          accentedTerms.push(w);
        }
      }
      queryWords.push(m);
    }
    const weakOnly = means.length === 0 && terms.every((t) => WEAK_TERMS.has(t));
    if (info && means.length === 0 && terms.every((t) => WEAK_TERMS.has(t) || INFO_FILLER.has(t))) return { kind: 'info', topic: info };
    // A death told with what follows it (cắt khẩu, "phải làm những gì").
    // (Not when it asks only for the later step by name, "thủ tục xóa thường trú cho người đã mất":
    // that step is the question, the death its background.)
    const onlyStep = DEATH_STEP.test(joined) && !/\bkhai tu\b/.test(joined) && !DEATH_GENERAL.test(joined);
    if (means.includes(DEATH_MEANS) && DEATH_STORY.test(joined) && !onlyStep) return { kind: 'situation', id: 'death', details };
    // A death told as background to another need ("bà nhà tôi mất năm ngoái … muốn lập di chúc"): the need is the question.
    if (means.includes(DEATH_MEANS) && (means.length > 1 || onlyStep)) {
      const drop = new Set(words(DEATH_MEANS).map(fold));
      const keep = new Set(means.filter((m) => m !== DEATH_MEANS).flatMap((m) => words(m).map(fold)));
      dropTerms(terms, accentedTerms, (t) => drop.has(t) && !keep.has(t));
      means.splice(means.indexOf(DEATH_MEANS), 1);
    }
    // A card or land certificate said to be damaged and not lost ("sổ đỏ bị hư hỏng muốn xin cấp lại"):
    // its "lại" is everyday speech for a new one — the exchange, not the re-issue of a lost paper.
    if (means.some((m) => m.startsWith('cấp đổi')) && !means.some((m) => m.startsWith('cấp lại'))) {
      dropTerms(terms, accentedTerms, (t) => t === 'lai');
    }
    // A driving licence's class ("bằng lái A1", "B2"): no procedure is named by it, and as a word of its own it weakened the
    // licence's evidence until nothing was answered ("xin cấp lại bằng lái A1 cần giấy tờ gì" fell back; blind 470).
    if (/\bgiay phep (?:lai )?xe\b|\bbang lai\b/.test(joined) || terms.includes('giay phep xe')) {
      dropTerms(terms, accentedTerms, (t) => LICENCE_CLASS.test(t));
    }
    // "mất bao nhiêu tiền", "thời gian giải quyết bao lâu": only a detail about the procedure in focus.
    if ((details.length > 0 || back) && weakOnly) {
      terms.length = 0;
      queryWords.length = 0;
    }

    const onlySocial = terms.length === 0 && details.length === 0 && !back;
    const feedbackSaid = FEEDBACK_NEW.some((p) => hasPhrase(joined, p));
    // (Not one's own number asked about, whether a feedback publishes it — "họ tên và số điện thoại của tôi có bị
    // công khai không": round 45's tryout had the commune's numbers.)
    const ownNumberAsked = hotlineTopic === null && (feedbackSaid || PUBLISHED_ASKED.test(joined)) && OWN_NUMBER.test(joined);
    if (asksNumber && details.length <= 1 && means.length === 0 && !ownNumberAsked) return { kind: 'hotline', topic: hotlineTopic };
    if ((feedbackSaid && means.length === 0) || OFFICIAL_CONDUCT.test(joined) || LANE_ENCROACHED.test(joined))
      return { kind: 'feedback_new' };
    if (onlySocial || (!back && terms.every((t) => SOCIAL_WORDS.has(t)))) {
      // (Not a detail asked after it: "ok, mất phí không", "ok vậy mất bao lâu" are the fee and the time — blind 466 had
      // the thanks; "ok vậy để tôi lên xã hỏi", "biết cách làm rồi, cám ơn" still thank.)
      if ((details.length === 0 || !ASKING.test(joined)) && THANKS.some((p) => hasPhrase(joined, p))) return { kind: 'thanks' };
      if (GOODBYE.some((p) => hasPhrase(joined, p))) return { kind: 'goodbye' };
      // "cho hỏi thủ tục", "cô ơi tui hỏi cái giấy tờ nhà": a question about papers that names none —
      // asked which, not greeted.
      if (PAPER_WORDS.test(joined) && !state.focus)
        return { kind: 'procedure', query: '', terms: [], accentedTerms: [], details, correction, action, back, age };
      // (Not when a detail is asked, "cho hỏi mất bao nhiêu tiền", "cho tôi hỏi phí": a question about
      // a procedure it does not name — asked which, below, or read with the one in focus.)
      // (Nor, with a procedure in focus, a question that only holds a greeting's words: "có ai đến nhà làm
      // không" after an ID card for a bedridden grandmother was greeted, round 38's tryout — about it.)
      const greeting = GREETING.find((p) => hasPhrase(joined, p));
      const aboutFocus = state.focus !== null && greeting !== undefined && folded.length > greeting.split(' ').length + 2;
      if (details.length === 0 && greeting !== undefined && !aboutFocus) return { kind: 'greeting' };
      // A correction with nothing else ("sai rồi, cho cháu nội"): still about the procedure in focus.
      if (details.length === 0 && !aboutFocus && !(correction && state.focus)) return { kind: 'unknown' };
      return { kind: 'procedure', query: '', terms: [], accentedTerms: [], details, correction, action, back, age };
    }
    const situationTerms = [...new Set(means.flatMap((m) => words(m).map(fold)))];
    for (const t of ['mat', 'lai']) if (terms.includes(t) && !situationTerms.includes(t)) situationTerms.push(t);
    // The situation alone is looked up only when the message asks for its papers ("làm giấy chết thế nào").
    const situationQuery = PAPERS_ASKED.test(joined) ? means.join(' ') : undefined;
    // "còn … thì sao": another topic than the one in focus.
    // "con" is also a child: only "còn" typed so, or an unaccented "con … thì sao".
    const shift =
      accented[0] === 'còn' ||
      /^(?:the|vay|thế|vậy) con\b/.test(joined) ||
      (accented[0] === 'con' && /\bthi (?:sao|the nao|lam|can|o dau)\b/.test(joined)) ||
      /^(?:thoi|ma) (?:cho )?hoi\b/.test(joined);
    // "có cần mang giấy khai sinh không": a document asked about, for the procedure in focus.
    // "giấy khai sinh", "sổ đỏ", "thẻ căn cước" said alone: a document, not yet a request.
    const documentOnly = !action && details.length === 0 && folded.length <= 4 && /^(?:giay|so|the|ban|bang)\b/.test(joined);
    // "cho con" with no age: a procedure bound to an age is asked about, not assumed.
    const child = age === null && /\b(?:cho|cua) (?:con|be|chau|tre)\b/.test(joined);
    const asksDocument = state.focus !== null && /\bco (?:can|phai) (?:mang|nop|co|xuat trinh|photo)\b/.test(joined);
    // A civil-status matter with a foreign side ("lấy chồng người Hàn", "con sinh bên Đài Loan",
    // "định cư ở Pháp"): the foreign-element procedures ("… có yếu tố nước ngoài"), by their words.
    const foreign = FOREIGN.exec(joined);
    // (A follow-up on a civil-status procedure, "vợ tôi người Lào", is that matter: its words are added.)
    const focusCivil = CIVIL_STATUS.test(joined) ? null : (CIVIL_STATUS.exec(fold(ctx.focusName ?? ''))?.[0] ?? null);
    if (foreign && (CIVIL_STATUS.test(joined) || focusCivil) && !terms.includes('ngoai')) {
      if (focusCivil && !/ngoai/.test(fold(ctx.focusName ?? ''))) {
        for (const w of focusCivil.split(' ')) {
          terms.push(w);
          accentedTerms.push(null);
          queryWords.push(w);
        }
      }
      // The country's own words say nothing about the procedure: replaced by "nước ngoài".
      const country = new Set(foreign[0].split(' ').slice(1));
      dropTerms(terms, accentedTerms, (t) => country.has(t));
      for (let i = queryWords.length - 1; i >= 0; i--) if (country.has(fold(queryWords[i]!))) queryWords.splice(i, 1);
      terms.push('nuoc', 'ngoai');
      accentedTerms.push('nước', 'ngoài');
      queryWords.push('nước', 'ngoài');
    }
    if (terms.length === 0)
      return {
        kind: 'procedure',
        query: '',
        terms: [],
        accentedTerms: [],
        details,
        correction,
        denied,
        action,
        back,
        age,
        shift,
        asksDocument,
        child,
      };
    return {
      kind: 'procedure',
      query: queryWords.join(' '),
      terms,
      accentedTerms,
      details,
      correction,
      denied,
      action,
      back,
      age,
      shift,
      situationTerms,
      situationQuery,
      asksDocument,
      child,
      documentOnly,
    };
  }

  /** "cái thứ hai", "số 3", "2", "cái cuối", "thôi cái đầu tiên" → index; null when it is not a bare choice. */
  private choiceOf(folded: string[]): number | null {
    // Detail words may follow a choice ("cái thứ hai, phí bao nhiêu"): mask them first.
    const used: boolean[] = new Array(folded.length).fill(false);
    this.detailsOf(folded, used);
    const marked = folded.some((w, i) => !used[i] && (w === 'thu' || w === 'so' || w === 'cai' || w === 'chon'));
    const rest = folded.filter((w, i) => !used[i] && !CHOICE_FILLERS.has(w) && !(STOP_WORDS.has(w) && !(w in ORDINALS)));
    const key = rest.join(' ');
    // A number beyond the list ("7" of five): still a choice, of none of them (asked again, with the range).
    if (/^\d$/.test(key) && !(key in ORDINALS) && rest.length === folded.filter((_, i) => !used[i]).length) return Number(key) - 1;
    if (!(key in ORDINALS)) return null;
    // A bare word ordinal ("ba", "hai") is also a person or a number: it needs "thứ", "số", "cái" unless it is all there is.
    if (!marked && !/^\d$/.test(key) && rest.length !== folded.filter((_, i) => !used[i]).length) return null;
    return ORDINALS[key]!;
  }

  private detailsOf(folded: string[], used: boolean[]): Detail[] {
    const found: { detail: Detail; at: number }[] = [];
    for (const { detail, words: phrase } of DETAIL_PHRASES) {
      let at = findPhrase(folded, phrase, used);
      while (at >= 0) {
        for (let i = at; i < at + phrase.length; i++) used[i] = true;
        // ("Lâu" told of the past — "vợ chồng lấy nhau lâu rồi", "ở đây lâu năm" — asks no time: round 51's tryout had the
        // marriage's time alone.)
        const past = phrase.length === 1 && phrase[0] === 'lau' && /^(?:roi|nam)$/.test(folded[at + 1] ?? '');
        // ("Tiền" received, not paid — "có được nhận tiền tuất hằng tháng không", "lĩnh tiền trợ cấp": a benefit asked, no
        // fee; round 51's tryout had the survivor's benefit's fee alone, "miễn phí".)
        const received =
          phrase.length === 1 &&
          phrase[0] === 'tien' &&
          (/^(?:nhan|linh|lanh|huong|rut)$/.test(folded[at - 1] ?? '') ||
            /^(?:tuat|tro|luong|huu|ho|mai|boi|thai|bhxh|den|hoan|che|tiet)$/.test(folded[at + 1] ?? ''));
        if (!past && !received && !found.some((f) => f.detail === detail)) found.push({ detail, at });
        at = findPhrase(folded, phrase, used);
      }
    }
    return found.sort((a, b) => a.at - b.at).map((f) => f.detail);
  }

  /** Everyday situations and content synonyms: consumed words, returned meanings. */
  private situationsOf(folded: string[], used: boolean[]): string[] {
    const means: string[] = [];
    const masked = folded.map((w, i) => (used[i] ? '_' : w));
    const joined = masked.join(' ');
    const starts: number[] = [];
    let pos = 0;
    for (const w of masked) {
      starts.push(pos);
      pos += w.length + 1;
    }
    const consume = (from: number, to: number) => {
      for (let i = 0; i < masked.length; i++) if (starts[i]! >= from && starts[i]! < to) used[i] = true;
    };
    // (Money after a death is read on the whole text: "lĩnh tiền" is also a cost word, already used;
    // a story that also asks for the registration or what follows it keeps it.)
    const whole = folded.join(' ');
    const benefit = DEATH_BENEFIT.test(whole) && !/\bkhai tu\b/.test(whole) && !DEATH_STORY.test(whole);
    for (const rule of SITUATIONS) {
      const m = rule.pattern.exec(joined);
      if (!m || rule.unless?.test(joined) || (benefit && rule.means === DEATH_MEANS)) continue;
      if (!means.includes(rule.means)) means.push(rule.means);
      consume(m.index, m.index + m[0].length);
    }
    for (const syn of this.synonyms) {
      const at = findPhrase(folded, syn.from, used);
      if (at < 0 || (benefit && syn.means === DEATH_MEANS)) continue;
      for (let i = at; i < at + syn.from.length; i++) used[i] = true;
      if (!means.includes(syn.means)) means.push(syn.means);
    }
    return means;
  }
}

// Content synonyms that name places, channels or feedback rather than a procedure: the chat
// handles those words itself (details, hotline, feedback), so they do not steer the lookup.
const IGNORED_MEANINGS = /uy ban nhan dan|phan anh|dich vu cong|bo phan tiep nhan|bao hiem xa hoi/;

/** Words for papers or a procedure in general ("thủ tục", "giấy tờ", "hồ sơ"). */
const PAPER_WORDS = /\b(?:thu tuc|giay to|giay|ho so)\b/;

const SOCIAL_WORDS = new Set([
  'truc',
  'giup',
  'ho',
  'tro',
  'ok',
  'oke',
  'okie',
  'u',
  'uh',
  'roi',
  'hieu',
  'ro',
  'voi',
  'len',
  'mai',
  'de',
  'da',
  'manh',
  'khoe',
  'nhieu',
  'oi',
  'chut',
  'co',
  'ai',
  'k',
  'robot',
  'nguoi',
  'that',
  'chuc',
  'mung',
  'nam',
  'moi',
  'muon',
  'hoi',
  'may',
  'viec',
  'chuyen',
  've',
  'phuong',
  'xa',
  'la',
  'bac',
  'chau',
  'mk',
  'hi',
  'ban',
  'vay',
  'khong',
  'chao',
  'xin',
  'hello',
  'hi',
  'alo',
  'hey',
  'cam',
  'on',
  'ong',
  'nhieu',
  'tam',
  'biet',
  'bye',
  'buoi',
  'sang',
  'chieu',
  'toi',
  'kinh',
  'ad',
  'hay',
  'qua',
  'tot',
  'thank',
  'you',
  'bai',
  'hen',
  'gap',
  'lai',
  'helo',
  'a',
  'lo',
]);

/** After an unmarked "can", the words that make it "căn" (căn cước, căn hộ, căn nhà, căn cứ) or "cán" (cán bộ). */
const CAN_AS_NOUN = new Set(['cuoc', 'ho', 'nha', 'cu', 'bo', 'phong', 'ke', 'cccd', 'cmnd']);

function isStop(f: string, acc: string, next?: string): boolean {
  if (/^\d+$/.test(f)) return true;
  if (!STOP_WORDS.has(f)) return false;
  if (AMBIGUOUS_UNACCENTED.has(f)) {
    if (typedWithAccents(acc)) return ACCENTED_STOPS.has(acc);
    // An unmarked "can" is "cần" (need) unless a noun of "căn"/"cán" follows: "can giay to gi", "can mang
    // theo gi" after a question had named căn cước and tách hộ as the options (round 38).
    if (f === 'can') return next !== undefined && !CAN_AS_NOUN.has(next);
    return f !== 'the' && f !== 'ban' && f !== 'ho' && f !== 'hai';
  }
  return true;
}

function findPhrase(folded: string[], phrase: string[], used: boolean[]): number {
  outer: for (let i = 0; i + phrase.length <= folded.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (used[i + j] || folded[i + j] !== phrase[j]) continue outer;
    return i;
  }
  return -1;
}
