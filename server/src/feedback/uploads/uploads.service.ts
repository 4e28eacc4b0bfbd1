// Accepts one photo: recognised by its bytes, metadata stripped, stored, recorded.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../lib/errors.js';
import type { Store } from '../../store/port.js';
import { UPLOADS } from '../feedback.repository.js';
import { InvalidImageError, sniffImage, stripMetadata } from './image.js';
import type { UploadStorage } from './storage.js';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const notAnImage = () =>
  new AppError(415, 'Kiểu nội dung không được hỗ trợ', 'Tệp này không phải ảnh JPEG, PNG, WebP hoặc HEIC. Vui lòng chọn ảnh chụp.');
export const tooLarge = () =>
  new AppError(413, 'Nội dung quá lớn', 'Ảnh lớn hơn 5 MB. Vui lòng chọn ảnh nhỏ hơn hoặc giảm chất lượng ảnh rồi gửi lại.');

export function uploadsService(store: Store, storage: UploadStorage, now = () => new Date()) {
  const col = store.collection(UPLOADS);
  return {
    async accept(data: Buffer): Promise<{ uploadId: string }> {
      if (data.length > MAX_UPLOAD_BYTES) throw tooLarge();
      const type = sniffImage(data);
      if (!type) throw notAnImage();
      let clean: Buffer;
      try {
        clean = stripMetadata(data, type);
      } catch (err) {
        if (err instanceof InvalidImageError)
          throw new AppError(400, 'Yêu cầu không hợp lệ', 'Ảnh bị hỏng hoặc không đọc được. Vui lòng chụp hoặc chọn lại ảnh.');
        throw err;
      }
      const id = randomUUID();
      await storage.save(id, clean, type);
      await col.insertOne({ _id: id, type, size: clean.length, createdAt: now().toISOString(), attachedTo: null });
      return { uploadId: id };
    },
    /** Photos uploaded but never attached to a feedback within `olderThanMs` are deleted. */
    async removeOrphans(olderThanMs = 2 * 86_400_000): Promise<number> {
      const cutoff = new Date(now().getTime() - olderThanMs).toISOString();
      let n = 0;
      for (const u of await col.find({ createdAt: { $lte: cutoff }, attachedTo: null }, { limit: 500 })) {
        const owner = await store.collection('feedback').findOne({ attachments: u._id }, { projection: { _id: 1 } });
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
