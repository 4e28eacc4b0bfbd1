// Client-side checks with the server's rules and wording, so most mistakes are shown before
// sending; the server's own per-field errors are mapped onto the same fields afterwards.
import type { FieldProblem } from '@/lib/api-client.js';
import type { FeedbackRequest } from '../api/types.js';
import type { Draft } from './draft-store.js';

export type FieldKey =
  | 'kind'
  | 'subject'
  | 'content'
  | 'field'
  | 'communeCode'
  | 'location'
  | 'photos'
  | 'sender.name'
  | 'sender.phone'
  | 'sender.address'
  | 'consent'
  | 'form';
export type FieldErrors = Partial<Record<FieldKey, string>>;

export const CONTENT_MAX = 4000;
export const SUBJECT_MAX = 200;

/** Vietnamese numbers as the server accepts them: mobiles 0[35789]x…, landlines 02…; +84 allowed. */
export function normalizePhone(input: string): string | null {
  let s = input.replace(/[\s.()-]/g, '');
  if (s.startsWith('+84')) s = `0${s.slice(3)}`;
  else if (s.startsWith('84') && s.length === 11) s = `0${s.slice(2)}`;
  return /^0[35789]\d{8}$/.test(s) || /^02\d{9}$/.test(s) ? s : null;
}

function text(value: string, what: string, min: number, max: number): string | undefined {
  const v = value.trim();
  const cap = what.charAt(0).toUpperCase() + what.slice(1);
  if (!v) return `Vui lòng nhập ${what}.`;
  if (v.length < min) return `${cap} cần ít nhất ${min} ký tự.`;
  if (v.length > max) return `${cap} dài tối đa ${max.toLocaleString('vi-VN')} ký tự.`;
  return undefined;
}

export function validateDraft(d: Draft): FieldErrors {
  const e: FieldErrors = {};
  if (!d.kind) e.kind = 'Vui lòng chọn loại: phản ánh, kiến nghị hoặc hỏi đáp.';
  e.subject = text(d.subject, 'tiêu đề', 5, SUBJECT_MAX);
  e.content = text(d.content, 'nội dung', 10, CONTENT_MAX);
  if (!d.communeCode) e.communeCode = 'Vui lòng chọn xã, phường nơi xảy ra sự việc.';
  if (d.locationText.trim().length > 300) e.location = 'Mô tả vị trí dài tối đa 300 ký tự.';
  e['sender.name'] = text(d.name, 'họ và tên', 2, 100);
  if (!d.phone.trim()) e['sender.phone'] = 'Vui lòng nhập số điện thoại.';
  else if (!normalizePhone(d.phone)) e['sender.phone'] = 'Số điện thoại không đúng. Ví dụ: 0912 345 678.';
  e['sender.address'] = text(d.address, 'địa chỉ', 5, 300);
  if (!d.consent) e.consent = 'Bạn cần đồng ý cho cơ quan xử lý dùng thông tin cá nhân để giải quyết phản ánh.';
  for (const k of Object.keys(e) as FieldKey[]) if (e[k] === undefined) delete e[k];
  return e;
}

/** "body.sender.phone" → "sender.phone"; photos and location by their first segment. */
export function fieldOfPath(path: string): FieldKey {
  const p = path.replace(/^body\.?/, '');
  if (p.startsWith('attachments')) return 'photos';
  if (p.startsWith('location')) return 'location';
  if (p.startsWith('consent')) return 'consent';
  if (p === 'sender') return 'sender.name';
  const known: FieldKey[] = ['kind', 'subject', 'content', 'field', 'communeCode', 'sender.name', 'sender.phone', 'sender.address'];
  return known.find((k) => k === p) ?? 'form';
}

export function serverErrors(problems: readonly FieldProblem[]): FieldErrors {
  const e: FieldErrors = {};
  for (const p of problems) {
    const k = fieldOfPath(p.path);
    if (!e[k]) e[k] = p.message;
  }
  return e;
}

/** The request body for a draft; the consent version is the one of the text shown. */
export function toRequest(d: Draft, consentVersion: string): FeedbackRequest {
  const location =
    d.point || d.locationText.trim()
      ? { ...(d.point ? { lat: d.point.lat, lng: d.point.lng } : {}), ...(d.locationText.trim() ? { text: d.locationText.trim() } : {}) }
      : undefined;
  return {
    kind: d.kind || 'phan_anh',
    subject: d.subject.trim(),
    content: d.content.trim(),
    ...(d.field ? { field: d.field } : {}),
    communeCode: d.communeCode,
    ...(d.procedureCode ? { procedureCode: d.procedureCode } : {}),
    ...(location ? { location } : {}),
    ...(d.photos.length ? { attachments: d.photos.map((p) => p.uploadId) } : {}),
    sender: { name: d.name.trim(), phone: d.phone.trim(), address: d.address.trim() },
    consent: { accepted: true, version: consentVersion },
    publish: d.publish,
    website: d.website,
    startedAt: d.startedAt,
    ...(d.formToken ? { formToken: d.formToken } : {}),
  };
}

/** Order of fields on screen: the first one in error gets the focus. */
export const FIELD_ORDER: FieldKey[] = [
  'kind',
  'subject',
  'content',
  'field',
  'communeCode',
  'location',
  'photos',
  'sender.name',
  'sender.phone',
  'sender.address',
  'consent',
  'form',
];
