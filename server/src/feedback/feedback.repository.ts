// The only place that touches the feedback and delivery collections.
import type { Store } from '../store/port.js';
import type { DeliveryDoc, FeedbackDoc, TimelineEvent } from './feedback.types.js';

export const FEEDBACK = 'feedback';
export const DELIVERIES = 'deliveries';
export const IDEMPOTENCY = 'idempotency_keys';
export const UPLOADS = 'uploads';

export type FeedbackRepository = ReturnType<typeof feedbackRepository>;

export function feedbackRepository(store: Store) {
  const feedback = store.collection<FeedbackDoc>(FEEDBACK);
  const deliveries = store.collection<DeliveryDoc>(DELIVERIES);
  return {
    feedback,
    deliveries,
    async ensureIndexes() {
      await feedback.createIndex({ keys: { trackingCode: 1 }, unique: true, name: 'trackingCode_unique' });
      await feedback.createIndex({ keys: { status: 1, closedAt: 1 }, name: 'status_closedAt' });
      await deliveries.createIndex({ keys: { status: 1, nextAttemptAt: 1 }, name: 'status_nextAttemptAt' });
      await deliveries.createIndex({ keys: { status: 1, leaseUntil: 1 }, name: 'status_leaseUntil' });
      // Equality on status alone: lets the embedded store skip delivered rows when claiming.
      await deliveries.createIndex({ keys: { status: 1 }, name: 'status' });
      await deliveries.createIndex({ keys: { feedbackId: 1 }, name: 'feedbackId' });
    },
    byTrackingCode: (code: string) => feedback.findOne({ trackingCode: code }),
    byId: (id: string) => feedback.findOne({ _id: id }),
    /** Appends a timeline event, optionally with other changes, when `filter` still matches. */
    async addEvent(
      id: string,
      event: TimelineEvent | TimelineEvent[],
      set: Record<string, unknown> = {},
      filter: Record<string, unknown> = {},
    ): Promise<boolean> {
      const events = Array.isArray(event) ? event : [event];
      const at = events.at(-1)?.at ?? new Date().toISOString();
      const r = await feedback.updateOne(
        { ...filter, _id: id },
        { $set: { ...set, updatedAt: at }, $push: { timeline: { $each: events } } },
      );
      return r.matchedCount > 0;
    },
  };
}
