// The message a handling unit receives, in Vietnamese. The unit handling the case is allowed
// to see the sender's contact details; they are composed at send time, so an erased record
// sends erased data.
import type { HandlingUnit, MessageTemplates } from '../content/schemas.js';
import { fillLine } from '../lib/template.js';
import type { OutgoingMessage } from '../outbox/channels/types.js';
import { KIND_LABELS } from './feedback.schemas.js';
import type { FeedbackDoc } from './feedback.types.js';

export interface MessageContext {
  unit: HandlingUnit;
  /** Texts from content/messages.yaml. */
  templates: MessageTemplates['feedbackToUnit'];
  communeName: string | null;
  fieldName: string | null;
  publicUrl: string | undefined;
}

const vnDate = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

export function composeMessage(deliveryId: string, fb: FeedbackDoc, ctx: MessageContext): OutgoingMessage {
  const kind = KIND_LABELS[fb.kind];
  const where = [fb.location?.text, fb.location?.lat !== undefined ? `${fb.location.lat}, ${fb.location.lng}` : null]
    .filter(Boolean)
    .join(' — ');
  const t = ctx.templates;
  const fill = (template: string, extra: Record<string, string> = {}) =>
    fillLine(template, { trackingCode: fb.trackingCode, kind, subject: fb.subject, unit: ctx.unit.name, ...extra });
  const consoleLink = ctx.publicUrl ? new URL('/console/', ctx.publicUrl).href : null;
  const lines = [
    fill(t.title),
    '',
    `Mã theo dõi: ${fb.trackingCode}`,
    `Loại: ${kind}`,
    `Tiêu đề: ${fb.subject}`,
    `Lĩnh vực: ${ctx.fieldName ?? fb.field ?? 'chưa chọn'}`,
    `Xã, phường: ${ctx.communeName ?? fb.communeCode}`,
    fb.procedureCode ? `Thủ tục liên quan: ${fb.procedureCode}` : null,
    where ? `Vị trí: ${where}` : null,
    `Ngày gửi: ${vnDate(fb.createdAt)}`,
    `Hạn xử lý: ${vnDate(fb.dueAt)} (${fb.deadlineDays} ngày làm việc)`,
    '',
    'Nội dung:',
    fb.content,
    '',
    'Người gửi:',
    `  Họ tên: ${fb.sender.name ?? '(đã xóa theo yêu cầu)'}`,
    `  Điện thoại: ${fb.sender.phone ?? '(đã xóa theo yêu cầu)'}`,
    `  Địa chỉ: ${fb.sender.address ?? '(đã xóa theo yêu cầu)'}`,
    fb.attachments.length ? `Ảnh đính kèm: ${fb.attachments.length} ảnh (xem trong bảng điều khiển).` : null,
    '',
    (consoleLink && fill(t.reply, { consoleLink })) || fill(t.replyWithoutLink),
    fill(t.privacy),
  ].filter((l) => l !== null);
  return {
    deliveryId,
    subject: (fill(t.subject) ?? `[${fb.trackingCode}] ${kind}`).slice(0, 250),
    text: lines.join('\n'),
    payload: {
      trackingCode: fb.trackingCode,
      kind: fb.kind,
      subject: fb.subject,
      content: fb.content,
      field: fb.field,
      communeCode: fb.communeCode,
      procedureCode: fb.procedureCode,
      location: fb.location,
      attachments: fb.attachments.length,
      sender: fb.sender,
      unit: { id: ctx.unit.id, name: ctx.unit.name },
      createdAt: fb.createdAt,
      dueAt: fb.dueAt,
    },
  };
}
