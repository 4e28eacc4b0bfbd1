// A small JPEG thumbnail (≤ 160 px) kept with the draft, so a restored draft still shows its
// photos. Drawing to a canvas also leaves every metadata block behind. null when the device
// cannot decode the image (HEIC in most browsers) or has no canvas.
export async function makeThumb(file: Blob, size = 160): Promise<string | null> {
  try {
    if (typeof createImageBitmap !== 'function') return null;
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, size / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close?.();
    return canvas.toDataURL('image/jpeg', 0.7);
  } catch {
    return null;
  }
}
