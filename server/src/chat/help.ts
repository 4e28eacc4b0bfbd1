// Where to turn when the bot cannot answer: hotlines from content (the locality's own first,
// then the national public-service hotline) and the feedback form. A number is only dialled
// when the content holds a real one: example numbers and blank slots are named, never called.
import type { Hotline } from '../content/schemas.js';
import type { ChatAction, HotlineTopic, ReplyHotline } from './types.js';

export const FEEDBACK_ROUTE = '/feedback/new';
export const FEEDBACK_STATUS_ROUTE = '/feedback/lookup';

const ORDER: Hotline['group'][] = ['dia_phuong', 'phan_anh', 'dich_vu_cong'];

/** A real number: set, and not the example shipped with the sample locality. */
export const callable = (h: Hotline): boolean => h.number !== null && !h.example;

/** The name without the "(ví dụ — thay bằng số của xã)" note meant for editors. */
export function displayName(h: Hotline): string {
  return h.name.replace(/\s*\((?:ví dụ|để trống)[^)]*\)/i, '').trim();
}

/** "Tên: số", or only the name (a door to go to) while the number is an example or blank. */
export function hotlineLine(h: Hotline): string {
  return callable(h) ? `${displayName(h)}: ${h.number}` : `${displayName(h)} (chưa có số điện thoại thật)`;
}

export function callAction(h: Hotline): ChatAction | null {
  return callable(h) ? { kind: 'call', label: `Gọi ${h.number}`, target: `tel:${h.number!.replace(/[^\d+]/g, '')}` } : null;
}

export function replyHotline(h: Hotline): ReplyHotline {
  return { id: h.id, name: displayName(h), topic: h.topic ?? 'mot_cua', number: callable(h) ? h.number : null, group: h.group };
}

/** At most two: the locality's one-stop desk (or feedback line) and the national portal's. */
export function helpHotlines(all: readonly Hotline[]): Hotline[] {
  const local =
    all.find((h) => h.topic === 'mot_cua') ?? all.find((h) => h.group === 'dia_phuong') ?? all.find((h) => h.group === 'phan_anh');
  const national = all.find((h) => h.topic === 'dich_vu_cong');
  return [local, national].filter((h): h is Hotline => h !== undefined);
}

export function helpText(all: readonly Hotline[]): string {
  const hs = helpHotlines(all);
  const real = hs.filter(callable);
  const doors = hs.filter((h) => !callable(h)).map(displayName);
  const call = real.length > 0 ? `Bạn có thể gọi ${real.map(hotlineLine).join('; ')}.` : '';
  const ask = doors.length > 0 ? ` Hoặc hỏi trực tiếp ${doors.join(', ')}.` : '';
  return `${call}${ask} Bạn cũng có thể gửi phản ánh, kiến nghị qua mục “Gửi phản ánh” để cán bộ trả lời.`.trim();
}

/**
 * The emergency numbers in one line, from content, for every reply that cannot help (declined, not
 * known): a message about danger the assistant misreads — "con em bị sốt cao 40 độ", "máy biến áp
 * nổ tung tóe lửa" — still shows where to call. Empty when content holds none.
 */
export function emergencyLine(all: readonly Hotline[]): string {
  const hs = all.filter((h) => h.group === 'khan_cap' && callable(h));
  if (hs.length === 0) return '';
  return `Nếu đang gặp nguy hiểm, gọi ngay: ${hs.map((h) => `${h.number} – ${displayName(h).split('(')[0]!.trim()}`).join('; ')}.`;
}

export function helpActions(all: readonly Hotline[]): ChatAction[] {
  const actions = helpHotlines(all)
    .map(callAction)
    .filter((a): a is ChatAction => a !== null);
  actions.push({ kind: 'feedback', label: 'Gửi phản ánh', target: FEEDBACK_ROUTE });
  return actions;
}

export function hotlinesByPriority(all: readonly Hotline[]): Hotline[] {
  return ORDER.flatMap((g) => all.filter((h) => h.group === g));
}

/** The lines for a topic (emergency topics first match the national numbers), or null when none is in content. */
export function hotlinesFor(all: readonly Hotline[], topic: HotlineTopic): Hotline[] {
  return all.filter((h) => h.topic === topic);
}
