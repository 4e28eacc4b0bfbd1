// Khiếu nại and tố cáo follow their own laws and go to the competent agency, not to the feedback
// channel. Spotted in any spelling ("to cao", "TỐ CÁO", "tố  giác") by folding accents.
import { fold } from '@/lib/text.js';

const WORDS = /(^|[^a-z0-9])(khieu\s+nai|to\s+cao|to\s+giac)($|[^a-z0-9])/;

export function looksLikeComplaint(...texts: string[]): boolean {
  return texts.some((t) => WORDS.test(fold(t.normalize('NFC'))));
}
