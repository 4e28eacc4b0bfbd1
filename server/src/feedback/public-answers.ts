// Published answers for everyone: the sender allowed it AND staff chose it. Only the case and
// the answer — never the sender's name, phone or address, location or photos. Search folds
// Vietnamese accents ("duong" finds "đường"); time taken is counted in working days.
import { vnDate } from '../calendar/calendar.js';
import type { calendarRepository } from '../calendar/calendar.repository.js';
import { workingDaysBetween } from '../calendar/working-days.js';
import { contentRepository } from '../content/content.repository.js';
import type { Store } from '../store/port.js';
import { fold } from '../text/normalize.js';
import type { PublicItem } from './feedback.schemas.js';
import type { FeedbackDoc } from './feedback.types.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function listPublicAnswers(
  store: Store,
  calendar: ReturnType<typeof calendarRepository>,
  q: { q: string; limit: number; offset: number },
): Promise<{ items: PublicItem[]; total: number }> {
  const and: Record<string, unknown>[] = [
    // Only what staff checked in the publish preview (publicText), never the raw texts.
    { publish: true, publishApproved: true, status: { $in: ['answered', 'closed'] }, answer: { $ne: null }, publicText: { $ne: null } },
  ];
  const words = fold(q.q)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  for (const w of words) and.push({ publicSearch: { $regex: escapeRe(w) } });
  const filter = { $and: and };
  const col = store.collection<FeedbackDoc>('feedback');
  // Only public fields leave the store.
  const projection = { publicId: 1, kind: 1, subject: 1, content: 1, field: 1, unitId: 1, answer: 1, publicText: 1, createdAt: 1 } as const;
  const [docs, total, units, cal] = await Promise.all([
    col.find(filter, { sort: { 'answer.at': -1 }, skip: q.offset, limit: q.limit, projection }),
    col.count(filter),
    contentRepository(store).handlingUnitNames(),
    calendar.get(),
  ]);
  const names = units;
  return {
    total,
    items: docs.map((fb) => {
      const answeredAt = fb.answer?.at ?? fb.createdAt;
      return {
        id: fb.publicId ?? '',
        kind: fb.kind,
        subject: fb.publicText?.subject ?? '',
        content: fb.publicText?.content ?? '',
        field: fb.field ?? null,
        unit: { id: fb.unitId, name: names.get(fb.unitId) ?? fb.unitId },
        answer: fb.publicText?.answer ?? '',
        answeredAt,
        createdAt: fb.createdAt,
        daysTaken: Math.max(0, workingDaysBetween(vnDate(new Date(fb.createdAt)), vnDate(new Date(answeredAt)), cal)),
      };
    }),
  };
}
