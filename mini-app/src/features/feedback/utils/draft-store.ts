// The form's draft, kept on the device (platform storage) so a closed app, a call or a dead
// battery does not lose a long complaint. The Idempotency-Key and the start time belong to the
// draft: a retry sends the very same request, so the server answers with the first record.
import { readJson, removeKey, writeJson } from '@/lib/storage.js';
import type { FeedbackKind } from '../api/types.js';

export interface DraftPhoto {
  uploadId: string;
  name: string;
  /** Small JPEG data URL for the thumbnail after a restart; null when the device could not make one. */
  thumb: string | null;
}

export interface Draft {
  kind: FeedbackKind | '';
  subject: string;
  content: string;
  field: string;
  communeCode: string;
  procedureCode: string;
  locationText: string;
  point: { lat: number; lng: number } | null;
  photos: DraftPhoto[];
  name: string;
  phone: string;
  address: string;
  consent: boolean;
  publish: boolean;
  /** The person read the khiếu nại / tố cáo notice and still wants to send it as feedback. */
  legalNoticeAccepted: boolean;
  /** Honeypot value (people never see the field). */
  website: string;
  startedAt: number;
  /** The server's form token (GET /api/feedback/form), fetched when the form opens. */
  formToken: string | null;
  idempotencyKey: string;
  /** Fingerprint of the last request sent with this key (see keyFor). */
  sentFingerprint: string | null;
}

const KEY = 'feedback.draft';

export function newKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  // Older webviews: 16 random bytes as hex.
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function emptyDraft(now = Date.now()): Draft {
  return {
    kind: '',
    subject: '',
    content: '',
    field: '',
    communeCode: '',
    procedureCode: '',
    locationText: '',
    point: null,
    photos: [],
    name: '',
    phone: '',
    address: '',
    consent: false,
    publish: false,
    legalNoticeAccepted: false,
    website: '',
    startedAt: now,
    formToken: null,
    idempotencyKey: newKey(),
    sentFingerprint: null,
  };
}

const isDraft = (v: unknown): v is Draft =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Draft).idempotencyKey === 'string' &&
  typeof (v as Draft).subject === 'string' &&
  typeof (v as Draft).content === 'string' &&
  Array.isArray((v as Draft).photos);

export function loadDraft(): Draft | null {
  const saved = readJson(KEY, isDraft);
  // Fill fields a newer version added, keep what the person typed.
  return saved ? { ...emptyDraft(saved.startedAt), ...saved } : null;
}

export const saveDraft = (draft: Draft): boolean => writeJson(KEY, draft);
export const clearDraft = (): void => removeKey(KEY);

/** Anything a person typed (not just the prefilled procedure): worth saying "restored". */
export const hasContent = (d: Draft) =>
  !!(d.kind || d.subject.trim() || d.content.trim() || d.photos.length || d.name.trim() || d.phone.trim() || d.address.trim());

/**
 * The key for the request about to be sent. The same request (a retry) keeps the draft's key.
 * If the person changed the draft after a failed send, the server would refuse the old key for
 * a different body (409), so the changed request gets a fresh key.
 */
export function keyFor(draft: Draft, fingerprint: string): Draft {
  if (draft.sentFingerprint === null || draft.sentFingerprint === fingerprint) return { ...draft, sentFingerprint: fingerprint };
  return { ...draft, idempotencyKey: newKey(), sentFingerprint: fingerprint };
}

/** A short fingerprint of a request body (FNV-1a, 32 bits): enough to tell "the same request" apart. */
export function fingerprint(body: unknown): string {
  const s = JSON.stringify(body);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${s.length}-${h.toString(16)}`;
}
