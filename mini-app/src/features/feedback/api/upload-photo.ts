// POST /api/uploads: one image per request (multipart field "file"); the server checks the bytes
// and strips location metadata. → { uploadId } for the attachments list.
import { send } from './send.js';

export function uploadPhoto(file: Blob, name: string, signal?: AbortSignal): Promise<{ uploadId: string }> {
  const form = new FormData();
  form.append('file', file, name);
  return send<{ uploadId: string }>('POST', '/uploads', { form, timeoutMs: 60_000, signal });
}
