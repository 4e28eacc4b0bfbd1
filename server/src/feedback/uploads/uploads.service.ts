// Accepts one photo: recognised by its bytes, decoded and re-encoded (metadata dropped,
// orientation applied), bounded per address and in total, stored, recorded.
import { createHash, randomUUID } from 'node:crypto';
import { statfs } from 'node:fs/promises';
import { AppError } from '../../lib/errors.js';
import type { FeedbackRepository } from '../feedback.repository.js';
import { HeicNotSupportedError, InvalidImageError, reencodeImage, sniffImage } from './image.js';
import type { UploadStorage } from './storage.js';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const MB = 1024 * 1024;

export const notAnImage = () =>
  new AppError(415, 'Kiểu nội dung không được hỗ trợ', 'Tệp này không phải ảnh JPEG, PNG hoặc WebP. Vui lòng chọn ảnh chụp.');
export const heicRefused = () =>
  new AppError(
    415,
    'Kiểu nội dung không được hỗ trợ',
    'Ảnh HEIC (ảnh iPhone) chưa gửi được. Vui lòng chọn ảnh khác, hoặc trên iPhone vào Cài đặt › Camera › Định dạng, chọn "Tương thích nhất" rồi chụp lại.',
  );
export const tooLarge = () =>
  new AppError(413, 'Nội dung quá lớn', 'Ảnh lớn hơn 5 MB. Vui lòng chọn ảnh nhỏ hơn hoặc giảm chất lượng ảnh rồi gửi lại.');
const brokenImage = () => new AppError(400, 'Yêu cầu không hợp lệ', 'Ảnh bị hỏng hoặc không đọc được. Vui lòng chụp hoặc chọn lại ảnh.');
const tooManyPending = () =>
  new AppError(
    429,
    'Quá nhiều yêu cầu',
    'Bạn đã tải lên nhiều ảnh chưa gửi kèm phản ánh. Vui lòng gửi phản ánh trước, hoặc thử lại sau vài giờ.',
  );
const storageFull = () =>
  new AppError(503, 'Tạm ngừng nhận ảnh', 'Máy chủ tạm ngừng nhận ảnh. Bạn vẫn gửi được phản ánh không kèm ảnh, hoặc thử lại sau.');

export interface UploadLimits {
  pendingBytesPerIp: number;
  pendingBytesTotal: number;
  minFreeBytes: number;
  /** Directory whose file system must keep `minFreeBytes` free (null: not checked, e.g. GridFS). */
  diskDir: string | null;
}

export const uploadLimitsFrom = (c: {
  UPLOAD_PENDING_MB_PER_IP: number;
  UPLOAD_PENDING_MB_TOTAL: number;
  UPLOAD_MIN_FREE_MB: number;
}): Omit<UploadLimits, 'diskDir'> => ({
  pendingBytesPerIp: c.UPLOAD_PENDING_MB_PER_IP * MB,
  pendingBytesTotal: c.UPLOAD_PENDING_MB_TOTAL * MB,
  minFreeBytes: c.UPLOAD_MIN_FREE_MB * MB,
});

const DEFAULT_LIMITS: UploadLimits = { pendingBytesPerIp: 30 * MB, pendingBytesTotal: 2000 * MB, minFreeBytes: 0, diskDir: null };

/** The address is kept only as a hash (it is personal data), and only to bound pending bytes. */
const ipKey = (ip: string) => createHash('sha256').update(`upload-ip:${ip}`).digest('hex').slice(0, 32);

export function uploadsService(
  repo: Pick<FeedbackRepository, 'uploads' | 'feedback'>,
  storage: UploadStorage,
  limits: UploadLimits = DEFAULT_LIMITS,
  now = () => new Date(),
) {
  const col = repo.uploads;

  async function pendingBytes(filter: Record<string, unknown>): Promise<number> {
    const [r] = await col.aggregate<{ bytes: number }>([
      { $match: { attachedTo: null, ...filter } },
      { $group: { _id: null, bytes: { $sum: '$size' } } },
    ]);
    return r?.bytes ?? 0;
  }

  async function freeBytes(dir: string): Promise<number | null> {
    try {
      const s = await statfs(dir);
      return s.bavail * s.bsize;
    } catch {
      return null; // directory not created yet: nothing stored there so far
    }
  }

  return {
    /** A stored photo with its content type, null when gone (erased with the personal data). */
    async read(id: string): Promise<{ data: Buffer; type: string } | null> {
      const [meta, data] = await Promise.all([col.findOne({ _id: id }), storage.read(id)]);
      return data ? { data, type: (meta?.type as string) ?? 'application/octet-stream' } : null;
    },
    async accept(data: Buffer, ip = 'unknown'): Promise<{ uploadId: string }> {
      if (data.length > MAX_UPLOAD_BYTES) throw tooLarge();
      const type = sniffImage(data);
      if (!type) throw notAnImage();
      if (limits.diskDir !== null) {
        const free = await freeBytes(limits.diskDir);
        if (free !== null && free < limits.minFreeBytes + MAX_UPLOAD_BYTES) throw storageFull();
      }
      const key = ipKey(ip);
      if ((await pendingBytes({})) >= limits.pendingBytesTotal) throw storageFull();
      if ((await pendingBytes({ ipKey: key })) >= limits.pendingBytesPerIp) throw tooManyPending();
      let clean: { data: Buffer; type: string };
      try {
        clean = await reencodeImage(data, type);
      } catch (err) {
        if (err instanceof HeicNotSupportedError) throw heicRefused();
        if (err instanceof InvalidImageError) throw brokenImage();
        throw err;
      }
      const id = randomUUID();
      await storage.save(id, clean.data, clean.type);
      await col.insertOne({
        _id: id,
        type: clean.type,
        size: clean.data.length,
        ipKey: key,
        createdAt: now().toISOString(),
        attachedTo: null,
      });
      return { uploadId: id };
    },
    /** Photos uploaded but never attached to a feedback within `olderThanMs` are deleted. */
    async removeOrphans(olderThanMs = 6 * 3600_000): Promise<number> {
      const cutoff = new Date(now().getTime() - olderThanMs).toISOString();
      let n = 0;
      for (const u of await col.find({ createdAt: { $lte: cutoff }, attachedTo: null }, { limit: 500 })) {
        const owner = await repo.feedback.findOne({ attachments: u._id }, { projection: { _id: 1 } });
        if (owner) {
          await col.updateOne({ _id: u._id }, { $set: { attachedTo: owner._id } });
          continue;
        }
        await storage.remove(u._id as string);
        await col.deleteOne({ _id: u._id });
        n++;
      }
      return n;
    },
  };
}
