// Stored shapes. Dates are ISO strings: they compare correctly as strings in both store adapters.
import { randomUUID } from 'node:crypto';
import type { HandlingUnit } from '../content/schemas.js';
import type { Channel } from '../outbox/channels/types.js';
import type { ConsentRecord } from './consent.js';
import type { Kind } from './feedback.schemas.js';
import type { EventType, Status } from './statuses.js';

export interface TimelineEvent {
  at: string;
  /** 'system', 'citizen' or a staff id (never shown to citizens). */
  by: string;
  type: EventType;
  note: string | null;
  /** Extra data for staff (delivery id, channel, status moves). */
  data?: Record<string, unknown>;
}

export interface Sender {
  name: string | null;
  phone: string | null;
  address: string | null;
}

export interface FeedbackDoc {
  [k: string]: unknown;
  _id: string;
  trackingCode: string;
  kind: Kind;
  subject: string;
  content: string;
  field: string | null;
  communeCode: string;
  procedureCode: string | null;
  location: { lat?: number; lng?: number; text?: string } | null;
  attachments: string[];
  sender: Sender;
  /** Zalo user id for the "answered" OA message (sender opted in); null when absent or erased. */
  zaloUserId?: string | null;
  /** sha256(trackingCode + last 4 phone digits): lets the citizen track even after erasure. */
  lookupKey: string;
  /** Id shown in public lists (Open311, published answers): the tracking code stays private. */
  publicId?: string;
  /** sha256(trackingCode + erase code): the erase code is given once, in the 201 answer. */
  eraseKey?: string;
  /** What the public sees once staff publish: texts masked and checked in the staff preview. */
  publicText?: { subject: string; content: string; answer: string; at: string; by: string } | null;
  consent: ConsentRecord;
  /** The citizen agrees the answer may be published (without personal data). */
  publish: boolean;
  /** Staff chose to publish the answer. */
  publishApproved: boolean;
  status: Status;
  unitId: string;
  deadlineDays: number;
  dueAt: string;
  answer: { text: string; at: string; by: string } | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  anonymisedAt: string | null;
  rejectReason?: string | null;
  duplicateOf?: string | null;
  timeline: TimelineEvent[];
}

export type DeliveryStatus = 'pending' | 'sending' | 'delivered' | 'dead';

export interface DeliveryDoc {
  [k: string]: unknown;
  _id: string;
  feedbackId: string;
  trackingCode: string;
  unitId: string;
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

/** One pending delivery per channel of the unit: the outbox worker picks them up. */
export function newDeliveries(fb: { _id: string; trackingCode: string }, unit: HandlingUnit, at: string): DeliveryDoc[] {
  return unit.channels.map((channel) => ({
    _id: randomUUID(),
    feedbackId: fb._id,
    trackingCode: fb.trackingCode,
    unitId: unit.id,
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
  }));
}
