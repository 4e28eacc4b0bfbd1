// Stored shapes. Dates are ISO strings: they compare correctly as strings in both store adapters.
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
  /** Deliveries a status move queued, until they are outbox rows (feedback.service.ts materialize). */
  pendingDeliveries?: unknown[];
}

/** Deliveries live in the outbox; a feedback's own are FeedbackDeliveryDoc (feedback.deliveries.ts). */
export type { FeedbackDeliveryDoc as DeliveryDoc } from './feedback.deliveries.js';
