// Chat replies as Zalo OA text: numbered options are already in the text; procedure pages and
// the feedback form become links to the mini app when PUBLIC_URL is known.
import type { ChatReply } from '../chat/types.js';
import { splitText } from './oa-client.js';

export function zaloText(reply: ChatReply, publicUrl?: string): string[] {
  const lines = [reply.text];
  const base = publicUrl?.replace(/\/$/, '');
  if (base && reply.kind === 'answer' && reply.procedures.length === 1) {
    lines.push(`Chi tiết: ${base}/app/procedures/${encodeURIComponent(reply.procedures[0]!.code)}`);
  }
  if (base && reply.kind === 'fallback') lines.push(`Gửi phản ánh: ${base}/app/feedback/new`);
  return splitText(lines.join('\n'));
}
