// The feedback screens' words when the server gives none: each ends in what to do next (the
// screens show a "Thử lại" button and keep the draft).
import type { ApiMessages } from '@/lib/api-client.js';

export const FEEDBACK_MESSAGES: ApiMessages = {
  network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi bấm "Thử lại".',
  server: 'Máy chủ đang gặp sự cố. Vui lòng bấm "Thử lại" sau ít phút.',
  notFound: 'Không tìm thấy.',
  invalid: 'Yêu cầu chưa hợp lệ. Vui lòng kiểm tra lại.',
};
