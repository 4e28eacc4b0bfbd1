// Chat replies as Zalo OA text: the same engine as the mini app. Numbered options are already in
// the text. Long raw addresses are replaced by names ("trang chính thức"), and each link opens
// the right mini app screen (procedure page, feedback form, status lookup, guide) when PUBLIC_URL
// is known; the procedure page carries the official link.
import type { ChatReply } from '../chat/types.js';
import { splitText } from './oa-client.js';

/** "(https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d…)" → "" ; a bare long URL → a name. */
export function withoutLongUrls(text: string): string {
  return text
    .replace(/\s*\((https?:\/\/[^)\s]{30,})\)/g, '')
    .replace(
      /(?:Xem trên trang chính thức|Xem trang chính thức):\s*https?:\/\/\S{30,}/g,
      'Xem trang chính thức của thủ tục (liên kết bên dưới).',
    )
    .replace(/https?:\/\/\S{30,}/g, 'trang chính thức')
    .replace(/https?:\/\/(?:www\.)?dichvucong\.gov\.vn\/?(?=[\s.,;)]|$)/g, 'Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)');
}

export function zaloText(reply: ChatReply, publicUrl?: string): string[] {
  const lines = [withoutLongUrls(reply.text)];
  const base = publicUrl?.replace(/\/$/, '');
  if (base) {
    const links: string[] = [];
    if (reply.kind === 'answer' && reply.procedures.length >= 1) {
      for (const p of reply.procedures.slice(0, 3))
        links.push(`${reply.procedures.length > 1 ? p.name : 'Chi tiết thủ tục'}: ${base}/app/procedures/${encodeURIComponent(p.code)}`);
    }
    for (const a of reply.actions ?? []) {
      if (
        (a.kind === 'feedback' || a.kind === 'status' || a.kind === 'link') &&
        a.target.startsWith('/') &&
        !a.target.startsWith('/procedures/')
      )
        links.push(`${a.label}: ${base}/app${a.target}`);
    }
    if ((reply.kind === 'fallback' || reply.kind === 'decline') && !links.some((l) => l.includes('/feedback/new')))
      links.push(`Gửi phản ánh: ${base}/app/feedback/new`);
    lines.push(...[...new Set(links)]);
  }
  return splitText(lines.join('\n'));
}
