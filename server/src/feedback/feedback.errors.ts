// Feedback domain errors: instances of the domain error classes (lib/errors.ts), so the one error
// handler maps them to problem+json.
import { AppError, ConflictError, InvalidInputError, NotFoundError } from '../lib/errors.js';

export type FieldError = { path: string; message: string };

export const invalidFeedback = (errors: FieldError[]) =>
  new InvalidInputError(`Dữ liệu chưa đúng: ${errors.map((e) => `${e.path} — ${e.message}`).join('; ')}`, { errors });

export const idempotencyConflict = () =>
  new ConflictError(
    'Mã Idempotency-Key này đã được dùng cho một phản ánh có nội dung khác. Mỗi lần gửi mới cần một mã mới; khi gửi lại đúng nội dung cũ thì dùng lại mã cũ.',
  );

/** The same answer for an unknown code and a wrong phone number, so codes cannot be probed. */
export const feedbackNotFound = () =>
  new NotFoundError('Không tìm thấy phản ánh với mã theo dõi và 4 số cuối điện thoại này. Vui lòng kiểm tra lại.');

export const tooFast = () => new InvalidInputError('Bạn gửi hơi nhanh. Vui lòng kiểm tra lại nội dung, chờ vài giây rồi bấm Gửi lần nữa.');

export const honeypotFilled = () =>
  new InvalidInputError(
    'Không gửi được phản ánh. Nếu trình duyệt tự điền biểu mẫu, vui lòng tắt tự điền rồi thử lại, hoặc gọi đường dây nóng.',
  );

/** Same key, the first request not yet stored (a standalone MongoDB without transactions): retry with the same key. */
export const submissionInProgress = () =>
  new AppError(503, 'Đang xử lý', 'Phản ánh này đang được lưu. Vui lòng chờ vài giây rồi bấm Gửi lại (giữ nguyên nội dung).');

/** Erase needs the erase code given at submission; the same answer whatever was wrong. */
export const eraseNotFound = () =>
  new NotFoundError(
    'Mã theo dõi hoặc mã xóa dữ liệu chưa đúng. Mã xóa dữ liệu được cấp khi gửi phản ánh (dạng ABCD-EFGH-JKLM); nếu mất mã, vui lòng liên hệ đơn vị xử lý.',
  );
