// One error handler, one error shape: application/problem+json with Vietnamese detail.
// 5xx internals are logged (without request bodies) and hidden from the client.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../lib/errors.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
  [k: string]: unknown;
}

export function sendProblem(
  reply: FastifyReply,
  problem: { status: number; title: string; detail: string; type?: string; errors?: Problem['errors']; [k: string]: unknown },
) {
  return reply
    .code(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send({ type: 'about:blank', ...problem });
}

// Messages for framework errors a citizen's client can trigger.
const frameworkDetail: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'Nội dung gửi lên không phải JSON hợp lệ.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Nội dung gửi lên đang trống.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Nội dung gửi lên quá lớn.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Kiểu nội dung (Content-Type) không được hỗ trợ.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Độ dài nội dung không khớp.',
  FST_ERR_VALIDATION: 'Dữ liệu gửi lên không hợp lệ.',
  FST_ERR_BAD_URL: 'Địa chỉ không hợp lệ.',
};

const titleByStatus: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Chưa đăng nhập',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  405: 'Phương thức không được hỗ trợ',
  409: 'Xung đột',
  413: 'Nội dung quá lớn',
  415: 'Kiểu nội dung không được hỗ trợ',
  422: 'Không xử lý được',
  429: 'Quá nhiều yêu cầu',
};

async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (typeof error.extra.retryAfter === 'number') reply.header('retry-after', String(error.extra.retryAfter));
      return sendProblem(reply, { status: error.status, title: error.title, detail: error.detail, ...error.extra });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => ({
        path: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'không hợp lệ',
      }));
      return sendProblem(reply, {
        status: 400,
        title: 'Yêu cầu không hợp lệ',
        detail: `Dữ liệu chưa đúng: ${errors.map((e) => `${e.path} — ${e.message}`).join('; ')}`,
        errors,
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: { message: error.message, route: request.routeOptions.url } }, 'response did not match its schema');
      return sendProblem(reply, { status: 500, title: 'Lỗi máy chủ', detail: 'Máy chủ gặp lỗi. Vui lòng thử lại sau.' });
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(reply, { status, title: 'Lỗi máy chủ', detail: 'Máy chủ gặp lỗi. Vui lòng thử lại sau.' });
    }
    if (status === 429) {
      return sendProblem(reply, {
        status,
        title: titleByStatus[429]!,
        detail: 'Bạn gửi quá nhiều yêu cầu. Vui lòng đợi một lát rồi thử lại.',
      });
    }
    return sendProblem(reply, {
      status,
      title: titleByStatus[status] ?? 'Yêu cầu không hợp lệ',
      detail: (error.code && frameworkDetail[error.code]) || 'Yêu cầu không hợp lệ.',
    });
  });
}

export default fp(errorsPlugin, { name: 'errors' });
