// The only place that touches the feedback collection, and a case's deliveries (read for staff views).
import { randomBytes } from 'node:crypto';
import { DELIVERIES } from '../outbox/deliveries.repository.js';
import type { Store } from '../store/port.js';
import type { DeliveryDoc, FeedbackDoc, TimelineEvent } from './feedback.types.js';

export const FEEDBACK = 'feedback';
export { DELIVERIES };

/** Before issue 13 the "answered" notice was sent directly and recorded here. */
const LEGACY_NOTIFICATIONS = 'citizen_notifications';
export const IDEMPOTENCY = 'idempotency_keys';
export const UPLOADS = 'uploads';
export const FORM_TOKENS = 'form_tokens';

/** The public id of a feedback (Open311 service_request_id, published answers). */
export const newPublicId = () => `YC-${randomBytes(6).toString('hex').toUpperCase()}`;

export type FeedbackRepository = ReturnType<typeof feedbackRepository>;

export function feedbackRepository(store: Store) {
  const feedback = store.collection<FeedbackDoc>(FEEDBACK);
  const deliveries = store.collection<DeliveryDoc>(DELIVERIES);
  return {
    feedback,
    deliveries,
    /** Idempotency records of submissions (key → stored answer). */
    idempotency: store.collection(IDEMPOTENCY),
    /** Uploaded photos' metadata (the files are in the upload storage). */
    uploads: store.collection(UPLOADS),
    /** Form tokens already used by a submission. */
    formTokens: store.collection(FORM_TOKENS),
    async ensureIndexes() {
      await feedback.createIndex({ keys: { trackingCode: 1 }, unique: true, name: 'trackingCode_unique' });
      // Records from before public ids get one, so public lists never need the tracking code.
      for (const fb of await feedback.find({ publicId: { $exists: false } }, { projection: { _id: 1 } }))
        await feedback.updateOne({ _id: fb._id, publicId: { $exists: false } }, { $set: { publicId: newPublicId() } });
      await feedback.createIndex({ keys: { publicId: 1 }, unique: true, name: 'publicId_unique' });
      await feedback.createIndex({ keys: { status: 1, closedAt: 1 }, name: 'status_closedAt' });
      // The outbox indexes its own fields (outbox/deliveries.repository.ts); staff views list a case's deliveries.
      await deliveries.createIndex({ keys: { feedbackId: 1 }, name: 'feedbackId' });
    },
    /** Deliveries of the case to its units (staff detail), oldest first. */
    deliveriesOf: (id: string) => deliveries.find({ feedbackId: id }, { sort: { createdAt: 1 } }),
    /** Messages to the citizen about the case (the "answered" notice), oldest first. */
    noticesOf: (id: string) => deliveries.find({ 'subject.type': 'feedback_answered', 'subject.id': id }, { sort: { createdAt: 1 } }),
    /** Notices recorded before they went through the outbox (read only). */
    legacyNoticesOf: (id: string) => store.collection(LEGACY_NOTIFICATIONS).find({ feedbackId: id }, { sort: { at: 1 } }),
    byTrackingCode: (code: string) => feedback.findOne({ trackingCode: code }),
    byPublicId: (id: string) => feedback.findOne({ publicId: id }),
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
