// Statuses are data: a label for citizens, a type (open / answered / closed) and the moves allowed.
export const STATUSES = {
  received: { label: 'Đã tiếp nhận', type: 'open' },
  forwarded: { label: 'Đã chuyển đến đơn vị xử lý', type: 'open' },
  in_progress: { label: 'Đang xử lý', type: 'open' },
  transferred: { label: 'Đã chuyển sang đơn vị khác', type: 'open' },
  answered: { label: 'Đã có trả lời', type: 'answered' },
  closed: { label: 'Đã kết thúc', type: 'closed' },
  rejected: { label: 'Không tiếp nhận', type: 'closed' },
  duplicate: { label: 'Trùng với phản ánh đã gửi', type: 'closed' },
} as const;

export type Status = keyof typeof STATUSES;
export const STATUS_VALUES = Object.keys(STATUSES) as [Status, ...Status[]];

export const TRANSITIONS: Record<Status, readonly Status[]> = {
  received: ['forwarded', 'in_progress', 'transferred', 'answered', 'rejected', 'duplicate'],
  forwarded: ['in_progress', 'transferred', 'answered', 'rejected', 'duplicate'],
  in_progress: ['transferred', 'answered', 'rejected', 'duplicate'],
  transferred: ['forwarded', 'in_progress', 'answered', 'rejected', 'duplicate'],
  answered: ['closed', 'in_progress'],
  closed: [],
  rejected: [],
  duplicate: [],
};

export const canMove = (from: Status, to: Status) => TRANSITIONS[from].includes(to);

/** Timeline event types and whether citizens see them on the tracking page. */
export const EVENT_TYPES = {
  received: { citizen: true, label: 'Đã tiếp nhận phản ánh, kiến nghị' },
  status: { citizen: true, label: 'Cập nhật trạng thái' },
  forwarded: { citizen: true, label: 'Đã chuyển đến đơn vị xử lý' },
  delivery_failed: { citizen: false, label: 'Gửi đến đơn vị chưa thành công, sẽ thử lại' },
  delivery_dead: { citizen: false, label: 'Gửi đến đơn vị thất bại, cần cán bộ xử lý' },
  delivered: { citizen: false, label: 'Đã gửi đến đơn vị qua một kênh' },
  delivery_retry: { citizen: false, label: 'Cán bộ cho gửi lại' },
  answered: { citizen: true, label: 'Đã có trả lời' },
  note: { citizen: false, label: 'Ghi chú nội bộ' },
  erased: { citizen: true, label: 'Đã xóa thông tin cá nhân của người gửi' },
  anonymised: { citizen: true, label: 'Đã ẩn danh thông tin cá nhân khi hết thời hạn lưu trữ' },
} as const;
export type EventType = keyof typeof EVENT_TYPES;
