// Photos are checked on the device before any upload, with a message that says what to do:
// images only (what the server accepts), 5 MB each, 5 in all.
export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
const EXT = /\.(jpe?g|png|webp)$/i;
const HEIC_TYPES = new Set(['image/heic', 'image/heif']);
const HEIC_EXT = /\.(heic|heif)$/i;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

export interface PhotoCheck {
  accepted: File[];
  problems: string[];
}

/** Splits the picked files into those to upload and Vietnamese messages for the rest. */
export function checkPhotos(files: readonly File[], alreadyAttached: number): PhotoCheck {
  const accepted: File[] = [];
  const problems: string[] = [];
  let room = MAX_PHOTOS - alreadyAttached;
  let overflow = 0;
  for (const file of files) {
    // Some phones give photos no MIME type: the name decides then.
    const isImage = TYPES.has(file.type) || (file.type === '' && EXT.test(file.name));
    // The server re-encodes every photo and cannot decode HEIC: say so before uploading.
    const isHeic = HEIC_TYPES.has(file.type) || HEIC_EXT.test(file.name);
    if (isHeic) {
      problems.push(
        `Ảnh “${file.name}” ở dạng HEIC (ảnh iPhone) chưa gửi được. Vui lòng chọn ảnh khác, hoặc vào Cài đặt › Camera › Định dạng, chọn “Tương thích nhất” rồi chụp lại.`,
      );
    } else if (!isImage) {
      problems.push(`“${file.name}” không phải là ảnh. Chỉ gửi được ảnh JPEG, PNG hoặc WebP.`);
    } else if (file.size > MAX_PHOTO_BYTES) {
      problems.push(`Ảnh “${file.name}” nặng ${mb(file.size)}, quá 5 MB. Vui lòng chọn ảnh khác hoặc chụp lại ở chất lượng thấp hơn.`);
    } else if (file.size === 0) {
      problems.push(`Ảnh “${file.name}” bị trống. Vui lòng chọn ảnh khác.`);
    } else if (room <= 0) {
      overflow++;
    } else {
      accepted.push(file);
      room--;
    }
  }
  if (overflow > 0) problems.push(`Chỉ gửi được tối đa ${MAX_PHOTOS} ảnh; ${overflow} ảnh chưa được thêm.`);
  return { accepted, problems };
}
