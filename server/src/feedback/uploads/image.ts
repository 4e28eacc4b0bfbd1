// Images only, recognised by their bytes (never by file name or declared type), then decoded and
// re-encoded with sharp (libvips): whatever sat in the file besides the pixels — EXIF with GPS,
// XMP, IPTC, comments, a second JPEG after the end marker as phones write it, an APP1 segment
// after the scan — is not carried over, the EXIF orientation is applied to the pixels, and a
// file that does not decode is refused.
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic';

export class InvalidImageError extends Error {}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

export function sniffImage(buf: Buffer): ImageType | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'image/jpeg';
  if (buf.length >= 8 && buf.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (buf.length >= 12 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (buf.length >= 12 && buf.toString('latin1', 4, 8) === 'ftyp' && HEIF_BRANDS.has(buf.toString('latin1', 8, 12))) return 'image/heic';
  return null;
}

/** HEIC/HEIF (iPhone): sharp's prebuilt libvips has no HEVC decoder, so it cannot be re-encoded. */
export class HeicNotSupportedError extends Error {}

/** Largest side kept; bigger photos are scaled down (a phone photo stays legible). */
export const MAX_SIDE = 2560;
/** Decoding more pixels than this is refused (decompression bombs). */
const MAX_INPUT_PIXELS = 50_000_000;

export async function reencodeImage(buf: Buffer, type: ImageType): Promise<{ data: Buffer; type: ImageType }> {
  if (type === 'image/heic') throw new HeicNotSupportedError('HEIC is not decodable here');
  const { default: sharp } = await import('sharp');
  try {
    const img = sharp(buf, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'warning', animated: false })
      .rotate() // applies the EXIF orientation to the pixels; the tag itself is dropped
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    // No keepMetadata()/withMetadata(): sharp writes no EXIF, XMP, IPTC or ICC text of the input.
    if (type === 'image/png') return { data: await img.png({ compressionLevel: 9 }).toBuffer(), type };
    if (type === 'image/webp') return { data: await img.webp({ quality: 82 }).toBuffer(), type };
    return { data: await img.jpeg({ quality: 82, mozjpeg: true }).toBuffer(), type: 'image/jpeg' };
  } catch (err) {
    throw new InvalidImageError(`image does not decode: ${(err as Error).message}`);
  }
}
