// Where to turn when the bot cannot answer: hotlines from content (the locality's own first,
// then the national public-service hotline) and the feedback form.
import type { Hotline } from '../content/schemas.js';
import type { ChatAction } from './types.js';

export const FEEDBACK_ROUTE = '/feedback/new';
export const FEEDBACK_STATUS_ROUTE = '/feedback/lookup';

const ORDER: Hotline['group'][] = ['dia_phuong', 'phan_anh', 'dich_vu_cong'];

/** At most two numbers: the locality's one-stop desk (or feedback line) and the national portal's. */
export function helpHotlines(all: readonly Hotline[]): Hotline[] {
  const local = all.find((h) => h.group === 'dia_phuong') ?? all.find((h) => h.group === 'phan_anh');
  const national = all.find((h) => h.group === 'dich_vu_cong');
  return [local, national].filter((h): h is Hotline => h !== undefined);
}

export function hotlineLine(h: Hotline): string {
  return `${h.name}: ${h.number}`;
}

export function helpText(all: readonly Hotline[]): string {
  const lines = helpHotlines(all).map(hotlineLine);
  const call = lines.length > 0 ? `Bạn có thể gọi ${lines.join('; ')}.` : '';
  return `${call} Hoặc gửi phản ánh, kiến nghị qua mục “Gửi phản ánh” (biểu mẫu phản ánh) để cán bộ trả lời.`.trim();
}

export function helpActions(all: readonly Hotline[]): ChatAction[] {
  const actions: ChatAction[] = helpHotlines(all).map((h) => ({
    kind: 'call',
    label: `Gọi ${h.number}`,
    target: `tel:${h.number.replace(/[^\d+]/g, '')}`,
  }));
  actions.push({ kind: 'feedback', label: 'Gửi phản ánh', target: FEEDBACK_ROUTE });
  return actions;
}

export function hotlinesByPriority(all: readonly Hotline[]): Hotline[] {
  return ORDER.flatMap((g) => all.filter((h) => h.group === g));
}
