// The purpose the sender agrees to, versioned: the record keeps which text was shown (client's
// version) and which purpose text the server applied, with the server's time.
export const CONSENT_PURPOSE = {
  version: 'pakn-2026-01',
  text:
    'Tôi đồng ý để cơ quan nhà nước tiếp nhận và xử lý phản ánh, kiến nghị này sử dụng họ tên, số điện thoại, địa chỉ và ' +
    'ảnh tôi gửi chỉ để xem xét, giải quyết, liên hệ và trả lời tôi. Thông tin cá nhân không được công khai. Tôi có thể rút lại ' +
    'sự đồng ý và yêu cầu xóa thông tin cá nhân bất cứ lúc nào bằng mã theo dõi; thông tin cá nhân được ẩn danh sau thời hạn lưu trữ.',
} as const;

export interface ConsentRecord {
  accepted: true;
  /** Version of the text the citizen saw (sent by the client). */
  version: string;
  /** Server time of the submission. */
  at: string;
  /** Version of the purpose text the server applied. */
  purposeVersion: string;
  withdrawnAt: string | null;
}
