// Up to 5 photos: checked on the device first (type, 5 MB), uploaded at once with a visible
// state, shown as thumbnails with a remove button. The server strips location metadata.
import { useEffect, useRef, useState } from 'react';
import { Icon } from '@/components/icons.js';
import { uploadPhoto } from '../api/upload-photo.js';
import type { DraftPhoto } from '../utils/draft-store.js';
import { checkPhotos, MAX_PHOTOS } from '../utils/photo-check.js';
import { makeThumb } from '../utils/thumb.js';
import { FieldError } from './text-field.js';

interface Pending {
  id: string;
  name: string;
  url: string | null;
}

export function PhotoPicker({
  photos,
  onAdd,
  onRemove,
  onBusyChange,
  error,
}: {
  photos: DraftPhoto[];
  onAdd: (photo: DraftPhoto) => void;
  onRemove: (uploadId: string) => void;
  onBusyChange: (busy: boolean) => void;
  error?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  // This session's full-size previews, by upload id (restored drafts use the stored thumbnail).
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const count = photos.length + pending.length;

  useEffect(() => onBusyChange(pending.length > 0), [pending.length, onBusyChange]);
  // Revoke this session's previews when the form closes (a ref: the cleanup must see the last ones).
  const previewsRef = useRef(previews);
  previewsRef.current = previews;
  useEffect(
    () => () => {
      for (const url of Object.values(previewsRef.current)) URL.revokeObjectURL(url);
    },
    [],
  );

  async function addFiles(list: FileList | null) {
    if (!list || list.length === 0) return;
    const { accepted, problems: found } = checkPhotos(Array.from(list), count);
    setProblems(found);
    for (const file of accepted) {
      const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const url = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null;
      setPending((p) => [...p, { id, name: file.name, url }]);
      try {
        const [{ uploadId }, thumb] = await Promise.all([uploadPhoto(file, file.name), makeThumb(file)]);
        if (url) setPreviews((p) => ({ ...p, [uploadId]: url }));
        onAdd({ uploadId, name: file.name, thumb });
      } catch (err) {
        if (url) URL.revokeObjectURL(url);
        setProblems((p) => [...p, `Chưa tải được ảnh “${file.name}”: ${(err as Error).message}`]);
      } finally {
        setPending((p) => p.filter((x) => x.id !== id));
      }
    }
  }

  return (
    <div className={`fb-field${error ? ' has-error' : ''}`} id="fb-photos">
      <p className="fb-label" id="fb-photos-label">
        Ảnh chụp<span className="fb-optional"> (không bắt buộc)</span>
      </p>
      <p className="fb-hint" id="fb-photos-hint">
        Tối đa {MAX_PHOTOS} ảnh, mỗi ảnh không quá 5 MB. Thông tin vị trí trong ảnh được xóa khi gửi lên.
      </p>
      {count > 0 && (
        <ul className="fb-photos" aria-labelledby="fb-photos-label">
          {photos.map((p, i) => (
            <li key={p.uploadId} className="fb-photo">
              {previews[p.uploadId] || p.thumb ? (
                <img src={previews[p.uploadId] ?? p.thumb ?? ''} alt={`Ảnh ${i + 1}: ${p.name}`} />
              ) : (
                <span className="fb-photo-placeholder" role="img" aria-label={`Ảnh ${i + 1}: ${p.name}`}>
                  <Icon name="file" />
                </span>
              )}
              <button
                type="button"
                className="fb-photo-remove"
                aria-label={`Xóa ảnh ${i + 1}`}
                onClick={() => {
                  const url = previews[p.uploadId];
                  if (url) URL.revokeObjectURL(url);
                  onRemove(p.uploadId);
                }}
              >
                ×
              </button>
            </li>
          ))}
          {pending.map((p) => (
            <li key={p.id} className="fb-photo is-pending">
              {p.url ? <img src={p.url} alt="" /> : <span className="fb-photo-placeholder" />}
              <span className="fb-photo-progress" role="status">
                Đang tải…
              </span>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        id="fb-photo-input"
        className="visually-hidden"
        type="file"
        accept="image/jpeg,image/png,image/webp,image/heic,image/heif,image/*"
        multiple
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          void addFiles(e.target.files);
          e.target.value = '';
        }}
      />
      {count < MAX_PHOTOS && (
        <button type="button" className="btn btn-secondary" aria-describedby="fb-photos-hint" onClick={() => input.current?.click()}>
          Thêm ảnh ({count}/{MAX_PHOTOS})
        </button>
      )}
      {problems.length > 0 && (
        <div className="fb-error" role="alert">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      {error && <FieldError id="fb-photos-error">{error}</FieldError>}
    </div>
  );
}
