// POST /api/uploads: one image per request (multipart field "file"); the server checks the bytes
// and strips location metadata. → { uploadId } for the attachments list.
import { apiRequest } from '@/lib/api-client.js';
import type { UploadResult } from '@/types/api.js';
import { FEEDBACK_MESSAGES } from './messages.js';

export function uploadPhoto(file: Blob, name: string, signal?: AbortSignal): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', file, name);
  return apiRequest<UploadResult>('/uploads', { method: 'POST', form, timeoutMs: 60_000, signal, messages: FEEDBACK_MESSAGES });
}
