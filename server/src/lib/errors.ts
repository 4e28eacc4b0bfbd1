// Domain errors, mapped to HTTP in one place (plugins/errors.ts).
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'AppError';
  }
}

export const notFound = (detail: string) => new AppError(404, 'Không tìm thấy', detail);
export const badRequest = (detail: string, extra: Record<string, unknown> = {}) => new AppError(400, 'Yêu cầu không hợp lệ', detail, extra);
export const conflict = (detail: string) => new AppError(409, 'Xung đột', detail);
export const unauthorized = (detail = 'Bạn cần đăng nhập.') => new AppError(401, 'Chưa đăng nhập', detail);
export const forbidden = (detail = 'Bạn không có quyền làm việc này.') => new AppError(403, 'Không có quyền', detail);
