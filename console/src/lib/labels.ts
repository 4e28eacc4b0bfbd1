// Every label the console shows for a code, in one place: the server's own (statuses, kinds,
// roles) re-exported, and the console's words for the rest.

import type { HotlineGroup, HotlineTopic } from '@contract';
import { KIND_LABELS, ROLE_LABELS, ROLE_SHORT_LABELS, STATUSES } from '@contract/constants.js';

export { KIND_LABELS, ROLE_LABELS, ROLE_SHORT_LABELS };

/** Status codes as staff read them (the server's STATUSES labels). */
export const STATUS_LABEL = Object.fromEntries(Object.entries(STATUSES).map(([k, v]) => [k, v.label])) as Record<
  keyof typeof STATUSES,
  string
>;

/** The inbox's status filter. */
export const STATUS_FILTERS: [string, string][] = [
  ['open', 'Cần xử lý (chưa trả lời)'],
  ['new', 'Mới nhận'],
  ['in_progress', 'Đang xử lý'],
  ['transferred', 'Đã chuyển đơn vị'],
  ['answered', 'Đã trả lời'],
  ['closed', 'Đã kết thúc / không tiếp nhận / trùng'],
  ['all', 'Tất cả'],
];
export const INBOX_TITLES: Record<string, string> = {
  open: 'Phản ánh cần xử lý',
  new: 'Phản ánh mới nhận',
  in_progress: 'Đang xử lý',
  answered: 'Đã trả lời',
  closed: 'Đã kết thúc',
  all: 'Tất cả phản ánh',
};

export const DELIVERY_LABEL: Record<string, string> = {
  pending: 'Đang chờ gửi',
  sending: 'Đang gửi',
  delivered: 'Đã gửi',
  dead: 'Gửi thất bại',
};
export const CHANNEL_LABEL: Record<string, string> = { email: 'Thư điện tử', webhook: 'Webhook', zalo: 'Zalo OA' };

export const HOTLINE_GROUPS: [HotlineGroup, string][] = [
  ['khan_cap', 'Khẩn cấp'],
  ['dia_phuong', 'Của địa phương'],
  ['phan_anh', 'Tiếp nhận phản ánh'],
  ['dich_vu_cong', 'Dịch vụ công'],
];
export const HOTLINE_TOPICS: [HotlineTopic, string][] = [
  ['tre_em', 'Bảo vệ trẻ em'],
  ['cuu_nan', 'Cứu nạn, thiên tai'],
  ['an_ninh', 'An ninh, trật tự'],
  ['chay_no', 'Cháy, nổ'],
  ['cap_cuu', 'Cấp cứu y tế'],
  ['dich_vu_cong', 'Dịch vụ công trực tuyến'],
  ['mot_cua', 'Thủ tục ở xã'],
  ['cu_tru', 'Cư trú, căn cước'],
  ['phan_anh', 'Phản ánh, kiến nghị'],
];

/** Audit actions in words. */
export const AUDIT_ACTION: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.login_failed': 'Đăng nhập sai',
  'auth.logout': 'Đăng xuất',
  'feedback.acknowledge': 'Nhận xử lý',
  'feedback.answer': 'Trả lời',
  'feedback.publish': 'Công khai trả lời',
  'feedback.unpublish': 'Thôi công khai',
  'feedback.transfer': 'Chuyển đơn vị',
  'feedback.reject': 'Không tiếp nhận',
  'feedback.duplicate': 'Đánh dấu trùng',
  'feedback.close': 'Kết thúc',
  'feedback.note': 'Ghi chú nội bộ',
  'delivery.retry': 'Gửi lại',
  'content.create': 'Thêm nội dung',
  'content.update': 'Sửa nội dung',
  'content.delete': 'Xóa nội dung',
  'settings.routing': 'Sửa quy tắc chuyển',
  'staff.create': 'Tạo tài khoản',
  'staff.update': 'Sửa tài khoản',
  'staff.password': 'Đặt lại mật khẩu',
};
/** Audit details in words: "Từ: Đã tiếp nhận · Sang: Đang xử lý", not "from: received · to: in_progress". */
export const AUDIT_DATA_KEY: Record<string, string> = {
  from: 'Từ',
  to: 'Sang',
  publish: 'Công khai',
  notified: 'Đã báo người gửi',
  deliveries: 'Số lần gửi',
  of: 'Trùng với',
  feedback: 'Phản ánh',
  channel: 'Kênh',
  roles: 'Vai trò',
  units: 'Số đơn vị',
  id: 'Mã',
  ip: 'Địa chỉ IP',
  reason: 'Lý do',
};
export const AUDIT_TARGET: Record<string, string> = {
  staff: 'Tài khoản',
  handling_unit: 'Đơn vị',
  routing: 'Quy tắc chuyển',
  holidays: 'Ngày nghỉ năm',
  delivery: 'Lần gửi',
};

/** Communes in force (xã, phường, đặc khu) for pickers. */
export const COMMUNE_KINDS = ['xa', 'phuong', 'dac_khu'];
