// Chat replies as Zalo OA text: the same engine as the mini app. Numbered options are already in
// the text. Long raw addresses are replaced by names ("trang chính thức"), and each link opens
// the right mini app screen (procedure page, feedback form, status lookup, guide) when PUBLIC_URL
// is known; the procedure page carries the official link.
import type { ChatReply } from '../chat/types.js';
import { type AppLinks, screens } from '../lib/app-links.js';
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

/**
 * `links` is the deployment's app-link builder (lib/app-links.ts): every screen link opens that
 * screen (hash route in the browser, `?to=` in Zalo). Without one (no PUBLIC_URL, no Zalo mini
 * app URL), the reply goes without links.
 */
export function zaloText(reply: ChatReply, links?: Pick<AppLinks, 'link'>): string[] {
  const lines = [withoutLongUrls(reply.text)];
  if (links && links.link('/') !== null) {
    // A target may carry its parameters ("/feedback/lookup?code=…"): they travel as link parameters.
    const to = (target: string) => {
      const u = new URL(target, 'http://app.invalid');
      return links.link(u.pathname, Object.fromEntries(u.searchParams)) ?? '';
    };
    const out: string[] = [];
    if (reply.kind === 'answer' && reply.procedures.length >= 1) {
      for (const p of reply.procedures.slice(0, 3))
        out.push(`${reply.procedures.length > 1 ? p.name : 'Chi tiết thủ tục'}: ${to(screens.procedure(p.code))}`);
    }
    for (const a of reply.actions ?? []) {
      if (
        (a.kind === 'feedback' || a.kind === 'status' || a.kind === 'link') &&
        a.target.startsWith('/') &&
        !a.target.startsWith('/procedures/')
      )
        out.push(`${a.label}: ${to(a.target)}`);
    }
    if ((reply.kind === 'fallback' || reply.kind === 'decline') && !reply.actions?.some((a) => a.target === screens.feedbackNew()))
      out.push(`Gửi phản ánh: ${to(screens.feedbackNew())}`);
    lines.push(...[...new Set(out)]);
  }
  return splitText(lines.join('\n'));
}
