// Photo upload for feedback: one image per request (multipart field "file"), ≤ 5 MB, recognised
// by its bytes, decoded and re-encoded before storing → { uploadId } to list in attachments.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { uploadResponse } from '../../contract/schemas.js';
import { AppError, badRequest } from '../../lib/errors.js';
import { problem } from '../../lib/problem.js';
import { MAX_UPLOAD_BYTES, tooLarge } from './uploads.service.js';

export default async function uploadRoutes(app: FastifyInstance) {
  // Registered here, not globally: only this route accepts multipart bodies.
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 0, parts: 2, fieldSize: 100 } });
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/uploads',
    {
      config: { rateLimit: { max: 30, timeWindow: '10 minutes' } },
      schema: {
        tags: ['Phản ánh, kiến nghị'],
        summary: 'Tải lên một ảnh (JPEG, PNG, WebP; tối đa 5 MB) để đính kèm phản ánh; ảnh được giải mã và mã hóa lại, bỏ mọi siêu dữ liệu',
        consumes: ['multipart/form-data'],
        response: { 201: uploadResponse, 400: problem, 413: problem, 415: problem, 429: problem, 503: problem },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart()) throw badRequest('Vui lòng gửi ảnh dạng multipart/form-data, trường "file".');
      let data: Buffer;
      try {
        const file = await req.file();
        if (!file) throw badRequest('Chưa có ảnh nào được gửi lên.');
        data = await file.toBuffer();
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
          throw badRequest('Mỗi lần chỉ gửi một ảnh, trong trường "file".');
        if (err instanceof AppError) throw err;
        // Anything else here is the body itself: no boundary, cut off, malformed parts.
        throw badRequest('Ảnh gửi lên không trọn vẹn (đường truyền bị ngắt hoặc sai định dạng). Vui lòng gửi lại ảnh.');
      }
      return reply.code(201).send(await app.feedback.uploads.accept(data, req.ip));
    },
  );
}
