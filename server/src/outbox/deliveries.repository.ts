// The only place that names the deliveries collection. A delivery is (subject, channel, payload
// composed at send time): the outbox knows nothing of what the subject is (a feedback sent to a
// unit, an "answered" notice to a citizen …); the module that queued it composes the message.
import { randomUUID } from 'node:crypto';
import type { Collection, Store } from '../store/port.js';
import type { Channel } from './channels/types.js';

export const DELIVERIES = 'deliveries';

export type DeliveryStatus = 'pending' | 'sending' | 'delivered' | 'dead';

/** What a delivery is about: `type` picks the composer registered with the outbox. */
export interface DeliverySubject {
  type: string;
  id: string;
}

export interface DeliveryDoc {
  [k: string]: unknown;
  _id: string;
  subject: DeliverySubject;
  /** Concurrency group (a handling unit, one citizen): at most OUTBOX_PER_UNIT sends in flight each. */
  group: string;
  channel: Channel;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  leaseUntil: string | null;
  /** Random per claim: only the holder of the current lease may settle the delivery. */
  leaseToken: string | null;
  lastError: string | null;
  /** Zalo recipients already sent to, so a retry does not message them twice. */
  sentTo: string[];
  createdAt: string;
  deliveredAt: string | null;
}

/** A pending delivery; `extra` are fields the queuing module queries by (never read by the outbox). */
export function newDelivery(
  subject: DeliverySubject,
  group: string,
  channel: Channel,
  at: string,
  extra: Record<string, unknown> = {},
): DeliveryDoc {
  return {
    ...extra,
    _id: randomUUID(),
    subject,
    group,
    channel,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at,
    leaseUntil: null,
    leaseToken: null,
    lastError: null,
    sentTo: [],
    createdAt: at,
    deliveredAt: null,
  };
}

export type DeliveriesRepository = ReturnType<typeof deliveriesRepository>;

export function deliveriesRepository(store: Store) {
  const deliveries: Collection<DeliveryDoc> = store.collection<DeliveryDoc>(DELIVERIES);
  return {
    deliveries,
    async ensureIndexes() {
      await deliveries.createIndex({ keys: { status: 1, nextAttemptAt: 1 }, name: 'status_nextAttemptAt' });
      await deliveries.createIndex({ keys: { status: 1, leaseUntil: 1 }, name: 'status_leaseUntil' });
      // Equality on status alone: lets the embedded store skip delivered rows when claiming.
      await deliveries.createIndex({ keys: { status: 1 }, name: 'status' });
      await deliveries.createIndex({ keys: { 'subject.id': 1 }, name: 'subject_id' });
      // Deliveries written before subjects existed were all feedback sent to a unit.
      for (const d of await deliveries.find({ subject: { $exists: false } }, { projection: { _id: 1, feedbackId: 1, unitId: 1 } }))
        await deliveries.updateOne(
          { _id: d._id, subject: { $exists: false } },
          { $set: { subject: { type: 'feedback', id: d.feedbackId }, group: d.unitId } },
        );
    },
    byId: (id: string) => deliveries.findOne({ _id: id }),
    ofSubject: (subject: DeliverySubject) =>
      deliveries.find({ 'subject.type': subject.type, 'subject.id': subject.id }, { sort: { createdAt: 1 } }),
    insert: (docs: DeliveryDoc[]) => deliveries.insertMany(docs),
  };
}
