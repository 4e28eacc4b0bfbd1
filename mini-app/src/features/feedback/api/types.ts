// Shapes of the feedback API (server/src/feedback/feedback.schemas.ts, staff/rating.ts), by hand:
// the mini app must not bundle the server's zod schemas.

export type FeedbackKind = 'phan_anh' | 'kien_nghi' | 'hoi_dap';
export type FeedbackStatus = 'received' | 'forwarded' | 'in_progress' | 'transferred' | 'answered' | 'closed' | 'rejected' | 'duplicate';

export interface FeedbackLocation {
  lat?: number;
  lng?: number;
  text?: string;
}

export interface FeedbackRequest {
  kind: FeedbackKind;
  subject: string;
  content: string;
  field?: string;
  communeCode: string;
  procedureCode?: string;
  location?: FeedbackLocation;
  attachments?: string[];
  sender: { name: string; phone: string; address: string };
  consent: { accepted: true; version: string };
  publish: boolean;
  /** The sender's OA user id, only when they ticked "notify me on Zalo OA". */
  zaloUserId?: string;
  /** Honeypot: hidden from people, must stay empty. */
  website: string;
  /** When the draft was started (ms since epoch); the server measures with formToken instead. */
  startedAt: number;
  /** From GET /api/feedback/form when the form was opened. */
  formToken?: string;
}

export interface SubmitResult {
  trackingCode: string;
  status: FeedbackStatus;
  /** YYYY-MM-DD */
  dueAt: string;
  /** Given once: the proof for erasing the sender's data (kept on this device). */
  eraseCode?: string;
}

export interface TimelineItem {
  at: string;
  by: 'system' | 'citizen' | 'staff';
  type: string;
  label: string;
  note: string | null;
}

export interface FeedbackStatusView {
  trackingCode: string;
  kind: FeedbackKind;
  subject: string;
  status: FeedbackStatus;
  statusLabel: string;
  createdAt: string;
  dueAt: string;
  unit: { id: string; name: string };
  timeline: TimelineItem[];
  answer: { text: string; at: string } | null;
}

export interface AdminUnit {
  code: string;
  name: string;
  kind: string;
  parent: string | null;
  validFrom: string | null;
  validTo: string | null;
  replacedBy: string[];
}

export interface ConsentText {
  version: string;
  text: string;
}

export interface RatingRequest {
  phoneLast4: string;
  stars: number;
  solved: boolean;
  comment?: string;
}
