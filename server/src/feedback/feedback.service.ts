// Feedback intake: validate against the store (commune, field, photos), route, compute the
// working-day deadline, and write the record, its outbox deliveries and the idempotency record
// in ONE atomic write. Lookup, erasure, retention and status moves live here too.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { addWorkingDays, isoDate, vnDate } from '../calendar/calendar.js';
import type { calendarRepository } from '../calendar/calendar.repository.js';
import { type ContentRepository, contentRepository } from '../content/content.repository.js';
import { type HandlingUnit, type Routing, routingSchema } from '../content/schemas.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../lib/errors.js';
import type { DeliveryDoc as OutboxDelivery } from '../outbox/deliveries.repository.js';
import type { Collection, Store } from '../store/port.js';
import { DuplicateKeyError } from '../store/port.js';
import { CONSENT_PURPOSE } from './consent.js';
import { unitDeliveries } from './feedback.deliveries.js';
import {
  eraseNotFound,
  type FieldError,
  feedbackNotFound,
  honeypotFilled,
  idempotencyConflict,
  invalidFeedback,
  submissionInProgress,
} from './feedback.errors.js';
import { DELIVERIES, FEEDBACK, type FeedbackRepository, IDEMPOTENCY, newPublicId } from './feedback.repository.js';
import { type FeedbackBody, KIND_PREFIX, type SubmitResponse, type TrackResponse } from './feedback.schemas.js';
import type { FeedbackDoc, TimelineEvent } from './feedback.types.js';
import { FORM_TOKENS, formTokenProblem, formTokens } from './form-token.js';
import { maskPersonalData } from './mask.js';
import { normalizePhone } from './phone.js';
import { resolveRoute } from './routing.js';
import { canMove, EVENT_TYPES, STATUSES, type Status } from './statuses.js';
import { trackingGuard } from './tracking-guard.js';
import type { UploadStorage } from './uploads/storage.js';

export interface FeedbackServiceDeps {
  store: Store;
  /** Communes, fields, handling units and routing, read through the content repository. */
  content?: ContentRepository;
  repo: FeedbackRepository;
  calendar: ReturnType<typeof calendarRepository>;
  uploads: UploadStorage;
  minFillMs: number;
  /** Called after new deliveries are written, so the worker starts at once. */
  onDeliveriesQueued?: () => void;
  now?: () => Date;
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;

const CURRENT_COMMUNE_KINDS = new Set(['xa', 'phuong', 'dac_khu']);
const ANON = { name: null, phone: null, address: null };

/** JSON with sorted keys: the same body always hashes the same, whatever the key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const lookupKey = (trackingCode: string, last4: string) => sha256(`lookup:${trackingCode}:${last4}`);

/** Erase codes: 12 characters of an alphabet without look-alikes (0/O, 1/I), ~60 bits. */
const ERASE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function newEraseCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ERASE_ALPHABET[b % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}
export const normalizeEraseCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');
export const eraseKey = (trackingCode: string, code: string) => sha256(`erase:${trackingCode}:${normalizeEraseCode(code)}`);

interface IdempotencyDoc {
  [k: string]: unknown;
  _id: string;
  bodyHash: string;
  response: SubmitResponse;
  feedbackId: string;
  createdAt: string;
}

export function createFeedbackService(deps: FeedbackServiceDeps) {
  const { store, repo } = deps;
  const content = deps.content ?? contentRepository(store);
  const now = deps.now ?? (() => new Date());
  const idem = repo.idempotency as unknown as Collection<IdempotencyDoc>;
  const guard = trackingGuard(store, now);
  const tokens = formTokens(store, now);

  /** The record behind a tracking code, once its proof matches; wrong proofs count toward a lock. */
  async function proven(trackingCode: string, matches: (fb: FeedbackDoc) => boolean, notFound = feedbackNotFound): Promise<FeedbackDoc> {
    await guard.check(trackingCode);
    const fb = await repo.byTrackingCode(trackingCode);
    if (!fb || !matches(fb)) {
      await guard.fail(trackingCode);
      throw notFound();
    }
    return fb;
  }

  /**
   * The stored answer for a key already used. The first request may still be committing it
   * (the double tap arrives while the first is in the commit window): nothing is acknowledged
   * before it is durable, so wait for the store, and answer only if the record itself is there.
   */
  async function replay(key: string, bodyHash: string): Promise<SubmitResponse | null> {
    const prior = await idem.findOne({ _id: key });
    if (!prior) return null;
    if (prior.bodyHash !== bodyHash) throw idempotencyConflict();
    await store.flush();
    if (!(await repo.byId(prior.feedbackId))) throw submissionInProgress();
    return prior.response;
  }

  async function checkReferences(body: FeedbackBody, today: string): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const unit = await content.adminUnit(body.communeCode);
    const current =
      unit &&
      CURRENT_COMMUNE_KINDS.has(unit.kind as string) &&
      (!unit.validTo || (unit.validTo as string) >= today) &&
      (!unit.validFrom || (unit.validFrom as string) <= today);
    if (!current) {
      const replaced = (unit?.replacedBy as string[] | undefined) ?? [];
      const names = replaced.length ? await content.adminUnitNames(replaced) : [];
      errors.push({
        path: 'body.communeCode',
        message: !unit
          ? 'Không có xã, phường này trong danh sách. Vui lòng chọn lại xã, phường nơi xảy ra sự việc.'
          : names.length
            ? `${unit.name as string} không còn là đơn vị hành chính hiện hành (đã sắp xếp vào ${names.join(', ')}). Vui lòng chọn ${names.join(' hoặc ')}.`
            : `${unit.name as string} không phải là xã, phường, đặc khu hiện hành. Vui lòng chọn xã, phường nơi xảy ra sự việc.`,
      });
    }
    if (body.field && (await content.fieldName(body.field)) === null) {
      errors.push({ path: 'body.field', message: 'Không có lĩnh vực này. Vui lòng chọn lại lĩnh vực hoặc để trống.' });
    }
    if (body.attachments?.length) {
      const found = new Set((await repo.uploads.find({ _id: { $in: body.attachments } })).map((u) => u._id));
      body.attachments.forEach((id, i) => {
        if (!found.has(id))
          errors.push({ path: `body.attachments.${i}`, message: 'Ảnh đính kèm không còn trên máy chủ; vui lòng tải ảnh lên lại.' });
      });
      if (new Set(body.attachments).size !== body.attachments.length)
        errors.push({ path: 'body.attachments', message: 'Có ảnh bị đính kèm hai lần.' });
    }
    return errors;
  }

  async function route(body: FeedbackBody): Promise<{ unit: HandlingUnit; deadlineDays: number; matched: string }> {
    const [stored, units] = await Promise.all([content.routing(), content.handlingUnitsParsed()]);
    const routing: Routing = stored ?? routingSchema.parse({});
    return resolveRoute(routing, units, { communeCode: body.communeCode, field: body.field ?? null });
  }

  async function submit(
    key: string,
    body: FeedbackBody,
    beforeCreate?: () => Promise<void>,
    opts: { trustedClient?: boolean } = {},
  ): Promise<SubmitResponse> {
    if (body.website && body.website.trim() !== '') throw honeypotFilled();
    const t = now();
    const bodyHash = sha256(canonical(body));
    const prior = await replay(key, bodyHash);
    if (prior) return prior;
    // Minimum fill time on the server's clock (a form token); API clients with a key skip it.
    const nonce = deps.minFillMs > 0 && !opts.trustedClient ? await tokens.check(body.formToken, deps.minFillMs) : null;
    await beforeCreate?.();

    const today = vnDate(t);
    const errors = await checkReferences(body, today);
    if (errors.length) throw invalidFeedback(errors);

    const r = await route(body);
    const due = isoDate(addWorkingDays(t, r.deadlineDays, await deps.calendar.get()));
    const year = today.slice(0, 4);
    const seq = await store.nextSequence(`feedback-${year}`);
    const trackingCode = `${KIND_PREFIX[body.kind]}-${year}-${String(seq).padStart(6, '0')}`;
    const phone = normalizePhone(body.sender.phone) as string;
    const at = t.toISOString();
    const id = randomUUID();
    const eraseCode = newEraseCode();

    const doc: FeedbackDoc = {
      _id: id,
      trackingCode,
      kind: body.kind,
      subject: body.subject,
      content: body.content,
      field: body.field ?? null,
      communeCode: body.communeCode,
      procedureCode: body.procedureCode ?? null,
      location: body.location ?? null,
      attachments: body.attachments ?? [],
      sender: { name: body.sender.name, phone, address: body.sender.address },
      zaloUserId: body.zaloUserId ?? null,
      lookupKey: lookupKey(trackingCode, phone.slice(-4)),
      publicId: newPublicId(),
      eraseKey: eraseKey(trackingCode, eraseCode),
      publicText: null,
      consent: { accepted: true, version: body.consent.version, at, purposeVersion: CONSENT_PURPOSE.version, withdrawnAt: null },
      publish: body.publish,
      publishApproved: false,
      status: 'received',
      unitId: r.unit.id,
      deadlineDays: r.deadlineDays,
      dueAt: due,
      answer: null,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      anonymisedAt: null,
      timeline: [
        {
          at,
          by: 'citizen',
          type: 'received',
          note: `Hạn xử lý ${due.split('-').reverse().join('/')} (${r.deadlineDays} ngày làm việc).`,
          data: { unitId: r.unit.id, rule: r.matched },
        },
      ],
    };
    const deliveries = unitDeliveries({ _id: id, trackingCode }, r.unit, at);
    // The erase code is stored only hashed on the record; the idempotency record keeps the
    // answer (for retries) and the retention job drops the code from it after two days.
    const response: SubmitResponse = { trackingCode, status: 'received', dueAt: due, eraseCode };
    try {
      await store.insertAtomically([
        { collection: IDEMPOTENCY, doc: { _id: key, bodyHash, response, feedbackId: id, createdAt: at } },
        { collection: FEEDBACK, doc },
        ...deliveries.map((d) => ({ collection: DELIVERIES, doc: d })),
        ...(nonce ? [{ collection: FORM_TOKENS, doc: { _id: nonce, feedbackId: id, createdAt: at } }] : []),
      ]);
    } catch (err) {
      // A concurrent request with the same key won the race: answer with its result.
      if (err instanceof DuplicateKeyError || (err as { code?: number }).code === 11000) {
        const winner = await replay(key, bodyHash);
        if (winner) return winner;
        // Otherwise the form token was already used for another feedback.
        if (nonce && (await repo.formTokens.findOne({ _id: nonce })))
          throw formTokenProblem(
            'Biểu mẫu này đã được gửi. Xem lại ở "Phản ánh của tôi", hoặc bấm Gửi lần nữa sau vài giây để gửi phản ánh mới.',
          );
      }
      throw err;
    }
    if (deliveries.length) deps.onDeliveriesQueued?.();
    if (doc.attachments.length) await repo.uploads.updateMany({ _id: { $in: doc.attachments } }, { $set: { attachedTo: id } });
    return response;
  }

  /** The citizen's view: never personal data, never staff ids, only citizen-visible events. */
  async function track(trackingCode: string, last4: string): Promise<TrackResponse> {
    const fb = await proven(trackingCode, (f) => f.lookupKey === lookupKey(trackingCode, last4));
    const unitName = (await content.handlingUnitNames([fb.unitId])).get(fb.unitId);
    return {
      trackingCode: fb.trackingCode,
      kind: fb.kind,
      subject: fb.subject,
      status: fb.status,
      statusLabel: STATUSES[fb.status].label,
      createdAt: fb.createdAt,
      dueAt: fb.dueAt,
      unit: { id: fb.unitId, name: unitName ?? fb.unitId },
      timeline: fb.timeline
        .filter((e) => EVENT_TYPES[e.type]?.citizen)
        .map((e) => ({
          at: e.at,
          by: e.by === 'system' || e.by === 'citizen' ? e.by : 'staff',
          type: e.type,
          label: e.type === 'status' && typeof e.data?.to === 'string' ? STATUSES[e.data.to as Status].label : EVENT_TYPES[e.type].label,
          note: e.note,
        })),
      answer: fb.answer ? { text: fb.answer.text, at: fb.answer.at } : null,
    };
  }

  async function anonymise(fb: FeedbackDoc, type: 'erased' | 'anonymised', by: string): Promise<boolean> {
    const at = now().toISOString();
    // The Zalo user id identifies the sender too: no message reaches them after erasure.
    // Consent withdrawn: nothing of the case stays public either.
    const set: Record<string, unknown> = { sender: ANON, zaloUserId: null, anonymisedAt: at, location: null, attachments: [] };
    // Personal data typed into the texts goes too: phone numbers, e-mails, ID numbers, the sender's
    // name and address in the subject, the content and the staff's answer (same masks as publishing).
    const ctx = { senderName: fb.sender?.name ?? null, senderAddress: fb.sender?.address ?? null };
    set.subject = maskPersonalData(fb.subject, ctx).text;
    set.content = maskPersonalData(fb.content, ctx).text;
    if (fb.answer) set['answer.text'] = maskPersonalData(fb.answer.text, ctx).text;
    if (type === 'erased') Object.assign(set, { publish: false, publishApproved: false, publicText: null });
    if (type === 'erased') set['consent.withdrawnAt'] = at;
    const done = await repo.addEvent(fb._id, { at, by, type, note: null }, set, { anonymisedAt: null });
    if (done) {
      // Photos can show people and places: they go with the personal data.
      for (const id of fb.attachments) {
        await deps.uploads.remove(id);
        await repo.uploads.deleteOne({ _id: id });
      }
    }
    return done;
  }

  /**
   * Consent withdrawn: the sender's name, phone, address, Zalo user id, location and photos are
   * removed and the case is unpublished. Proof: the erase code given at submission.
   */
  async function erase(trackingCode: string, code: string): Promise<{ trackingCode: string; erasedAt: string }> {
    const fb = await proven(trackingCode, (f) => !!f.eraseKey && f.eraseKey === eraseKey(trackingCode, code), eraseNotFound);
    if (!fb.anonymisedAt) await anonymise(fb, 'erased', 'citizen');
    const after = await repo.byId(fb._id);
    return { trackingCode, erasedAt: (after?.anonymisedAt as string) ?? now().toISOString() };
  }

  /** Retention: closed longer than `months` → personal data anonymised. Returns how many. */
  async function anonymiseExpired(months: number): Promise<number> {
    const cutoff = new Date(now());
    cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
    const due = await repo.feedback.find({ closedAt: { $ne: null, $lte: cutoff.toISOString() }, anonymisedAt: null }, { limit: 500 });
    let n = 0;
    for (const fb of due) if (await anonymise(fb, 'anonymised', 'system')) n++;
    await guard.purge();
    await repo.formTokens.deleteMany({ createdAt: { $lt: new Date(now().getTime() - 8 * 86_400_000).toISOString() } });
    // Retries come within minutes: after two days a stored answer no longer needs the erase code.
    await idem.updateMany(
      { createdAt: { $lt: new Date(now().getTime() - 2 * 86_400_000).toISOString() }, 'response.eraseCode': { $exists: true } },
      { $unset: { 'response.eraseCode': '' } },
    );
    return n;
  }

  /**
   * Deliveries a status move queued travel inside the move's own write (`pendingDeliveries` on
   * the record: one atomic write), then become outbox rows; a crash in between leaves them on the
   * record, and recoverPendingDeliveries (at start) writes them. Inserting twice is harmless (same ids).
   */
  async function materialize(id: string, deliveries: OutboxDelivery[]) {
    if (!deliveries.length) return;
    for (const d of deliveries) {
      try {
        await repo.deliveries.insertOne(d as never);
      } catch (err) {
        if (!(err instanceof DuplicateKeyError || (err as { code?: number }).code === 11000)) throw err;
      }
    }
    await repo.feedback.updateOne({ _id: id, 'pendingDeliveries._id': deliveries[0]!._id }, { $unset: { pendingDeliveries: '' } });
    deps.onDeliveriesQueued?.();
  }

  async function recoverPendingDeliveries(): Promise<number> {
    const left = await repo.feedback.find({ pendingDeliveries: { $exists: true } }, { projection: { _id: 1, pendingDeliveries: 1 } });
    for (const fb of left) await materialize(fb._id, (fb.pendingDeliveries as OutboxDelivery[]) ?? []);
    return left.length;
  }

  /** Staff moves a case (used by the staff console). Atomic on the current status, with the deliveries it queues. */
  async function transition(
    id: string,
    to: Status,
    opts: {
      by: string;
      note?: string | null;
      reason?: string;
      duplicateOf?: string;
      unitId?: string;
      answer?: string;
      /** Outgoing messages this move causes (to the new unit, to the citizen), written with it. */
      deliveries?: (fb: FeedbackDoc, at: string) => OutboxDelivery[];
    },
  ): Promise<FeedbackDoc> {
    const fb = await repo.byId(id);
    if (!fb) throw new NotFoundError('Không tìm thấy phản ánh.');
    if (!canMove(fb.status, to))
      throw new ConflictError(`Không thể chuyển từ "${STATUSES[fb.status].label}" sang "${STATUSES[to].label}".`);
    if (to === 'rejected' && !opts.reason) throw new InvalidInputError('Cần ghi lý do không tiếp nhận.');
    if (to === 'duplicate' && !opts.duplicateOf) throw new InvalidInputError('Cần ghi mã phản ánh bị trùng.');
    if (to === 'answered' && !opts.answer) throw new InvalidInputError('Cần nội dung trả lời.');
    const at = now().toISOString();
    const set: Record<string, unknown> = { status: to };
    if (STATUSES[to].type === 'closed') set.closedAt = at;
    if (to === 'rejected') set.rejectReason = opts.reason;
    if (to === 'duplicate') set.duplicateOf = opts.duplicateOf;
    if (to === 'transferred' && opts.unitId) set.unitId = opts.unitId;
    if (to === 'answered') set.answer = { text: opts.answer, at, by: opts.by };
    const note = opts.reason ?? (opts.duplicateOf ? `Trùng với ${opts.duplicateOf}.` : (opts.note ?? null));
    const event: TimelineEvent = { at, by: opts.by, type: to === 'answered' ? 'answered' : 'status', note, data: { from: fb.status, to } };
    const deliveries = opts.deliveries?.(fb, at) ?? [];
    if (deliveries.length) set.pendingDeliveries = deliveries;
    if (!(await repo.addEvent(id, event, set, { status: fb.status })))
      throw new ConflictError('Phản ánh vừa được người khác cập nhật. Vui lòng tải lại.');
    await materialize(id, deliveries);
    return (await repo.byId(id)) as FeedbackDoc;
  }

  return {
    submit,
    track,
    erase,
    anonymiseExpired,
    transition,
    recoverPendingDeliveries,
    proven,
    issueFormToken: () => tokens.issue(),
  };
}
