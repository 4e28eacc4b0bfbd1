// Domain errors: classes by kind, mapped to HTTP problem+json in ONE place (plugins/errors.ts,
// which reads `status`, `title`, `detail` and `extra`). Modules throw these (or their own
// subclasses, e.g. feedback/feedback.errors.ts); no route builds an error answer itself.
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

/** Bad input (400): the detail says what to correct. */
export class InvalidInputError extends AppError {
  constructor(detail: string, extra: Record<string, unknown> = {}) {
    super(400, 'Yêu cầu không hợp lệ', detail, extra);
    this.name = 'InvalidInputError';
  }
}
export class NotFoundError extends AppError {
  constructor(detail: string) {
    super(404, 'Không tìm thấy', detail);
    this.name = 'NotFoundError';
  }
}
/** The thing is not in a state that allows this (409): someone changed it, or it is too early/late. */
export class ConflictError extends AppError {
  constructor(detail: string) {
    super(409, 'Xung đột', detail);
    this.name = 'ConflictError';
  }
}
export class UnauthorizedError extends AppError {
  constructor(detail = 'Bạn cần đăng nhập.') {
    super(401, 'Chưa đăng nhập', detail);
    this.name = 'UnauthorizedError';
  }
}
export class ForbiddenError extends AppError {
  constructor(detail = 'Bạn không có quyền làm việc này.') {
    super(403, 'Không có quyền', detail);
    this.name = 'ForbiddenError';
  }
}

export const notFound = (detail: string) => new NotFoundError(detail);
export const badRequest = (detail: string, extra: Record<string, unknown> = {}) => new InvalidInputError(detail, extra);
export const conflict = (detail: string) => new ConflictError(detail);
export const unauthorized = (detail?: string) => new UnauthorizedError(detail);
export const forbidden = (detail?: string) => new ForbiddenError(detail);
