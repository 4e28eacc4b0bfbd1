// Images only, recognised by their bytes (never by file name or declared type), and with
// location metadata removed before anything is stored. Pure byte-level code: no native deps.
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

/** Removes metadata that can hold location (EXIF GPS, XMP, IPTC, text chunks). Throws InvalidImageError on broken files. */
export function stripMetadata(buf: Buffer, type: ImageType): Buffer {
  switch (type) {
    case 'image/jpeg':
      return stripJpeg(buf);
    case 'image/png':
      return stripPng(buf);
    case 'image/webp':
      return stripWebp(buf);
    case 'image/heic':
      return blankHeifMetadata(buf);
  }
}

// JPEG: SOI, then segments FF xx [len16 payload] until SOS, after which the entropy-coded
// data runs to EOI and is copied as is. APP1 (EXIF and XMP), APP13 (IPTC) and COM are dropped.
const JPEG_DROP = new Set([0xe1, 0xed, 0xfe]);

export function stripJpeg(buf: Buffer): Buffer {
  const out: Buffer[] = [buf.subarray(0, 2)];
  let pos = 2;
  while (pos < buf.length) {
    if (buf[pos] !== 0xff) throw new InvalidImageError('JPEG: segment marker expected');
    let m = pos + 1;
    while (buf[m] === 0xff) m++; // fill bytes
    const marker = buf[m];
    if (marker === undefined) throw new InvalidImageError('JPEG: truncated');
    if (marker === 0xd9) {
      out.push(buf.subarray(pos, m + 1));
      return Buffer.concat(out);
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      out.push(buf.subarray(pos, m + 1));
      pos = m + 1;
      continue;
    }
    if (m + 3 > buf.length) throw new InvalidImageError('JPEG: truncated segment');
    const len = buf.readUInt16BE(m + 1);
    const end = m + 1 + len;
    if (len < 2 || end > buf.length) throw new InvalidImageError('JPEG: bad segment length');
    if (marker === 0xda) {
      out.push(buf.subarray(pos)); // start of scan: the rest is image data
      return Buffer.concat(out);
    }
    if (!JPEG_DROP.has(marker)) out.push(buf.subarray(pos, end));
    pos = end;
  }
  throw new InvalidImageError('JPEG: no image data');
}

// PNG: signature, then chunks [len32 type4 data crc32] until IEND. eXIf and text chunks are dropped.
const PNG_DROP = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt']);

export function stripPng(buf: Buffer): Buffer {
  const out: Buffer[] = [PNG_SIGNATURE];
  let pos = 8;
  while (pos + 12 <= buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const end = pos + 12 + len;
    if (end > buf.length) throw new InvalidImageError('PNG: truncated chunk');
    if (!PNG_DROP.has(type)) out.push(buf.subarray(pos, end));
    pos = end;
    if (type === 'IEND') return Buffer.concat(out);
  }
  throw new InvalidImageError('PNG: no IEND chunk');
}

// WebP: RIFF container; EXIF and "XMP " chunks are dropped and their VP8X flags cleared.
export function stripWebp(buf: Buffer): Buffer {
  const chunks: Buffer[] = [];
  let pos = 12;
  while (pos + 8 <= buf.length) {
    const fourcc = buf.toString('latin1', pos, pos + 4);
    const size = buf.readUInt32LE(pos + 4);
    const end = pos + 8 + size + (size % 2);
    if (pos + 8 + size > buf.length) throw new InvalidImageError('WebP: truncated chunk');
    if (fourcc === 'VP8X') {
      const copy = Buffer.from(buf.subarray(pos, Math.min(end, buf.length)));
      copy[8] = (copy[8] ?? 0) & ~0x0c; // bit 3 EXIF, bit 2 XMP
      chunks.push(copy);
    } else if (fourcc !== 'EXIF' && fourcc !== 'XMP ') {
      chunks.push(buf.subarray(pos, Math.min(end, buf.length)));
    }
    pos = end;
  }
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}

// HEIF/HEIC: metadata are items inside the `meta` box (`Exif`, and XMP as a `mime` item), located
// by `iloc`. Rewriting the container is a large job; instead the bytes of those items are zeroed
// in place, which keeps every offset valid and leaves no GPS position behind.
interface Box {
  type: string;
  start: number;
  body: number;
  end: number;
}

function boxes(buf: Buffer, from: number, to: number): Box[] {
  const out: Box[] = [];
  let pos = from;
  while (pos + 8 <= to) {
    let size = buf.readUInt32BE(pos);
    let body = pos + 8;
    if (size === 1) {
      if (pos + 16 > to) throw new InvalidImageError('HEIF: truncated box');
      size = Number(buf.readBigUInt64BE(pos + 8));
      body = pos + 16;
    } else if (size === 0) size = to - pos;
    if (size < body - pos || pos + size > to) throw new InvalidImageError('HEIF: bad box size');
    out.push({ type: buf.toString('latin1', pos + 4, pos + 8), start: pos, body, end: pos + size });
    pos += size;
  }
  return out;
}

function readUInt(buf: Buffer, pos: number, bytes: number): number {
  if (bytes === 0) return 0;
  if (bytes === 2) return buf.readUInt16BE(pos);
  if (bytes === 4) return buf.readUInt32BE(pos);
  if (bytes === 8) return Number(buf.readBigUInt64BE(pos));
  throw new InvalidImageError('HEIF: bad integer size');
}

export function blankHeifMetadata(input: Buffer): Buffer {
  const buf = Buffer.from(input);
  try {
    const meta = boxes(buf, 0, buf.length).find((b) => b.type === 'meta');
    if (!meta) return buf;
    const children = boxes(buf, meta.body + 4, meta.end); // meta is a full box
    const metadataItems = new Set<number>();
    const iinf = children.find((b) => b.type === 'iinf');
    if (iinf) {
      const version = buf[iinf.body] ?? 0;
      const first = iinf.body + 4 + (version === 0 ? 2 : 4);
      for (const infe of boxes(buf, first, iinf.end).filter((b) => b.type === 'infe')) {
        const v = buf[infe.body] ?? 0;
        if (v < 2) continue;
        const idBytes = v === 2 ? 2 : 4;
        const id = readUInt(buf, infe.body + 4, idBytes);
        const itemType = buf.toString('latin1', infe.body + 4 + idBytes + 2, infe.body + 4 + idBytes + 6);
        if (itemType === 'Exif' || itemType === 'mime') metadataItems.add(id);
      }
    }
    const iloc = children.find((b) => b.type === 'iloc');
    if (!iloc || metadataItems.size === 0) return buf;
    const version = buf[iloc.body] ?? 0;
    let p = iloc.body + 4;
    const sizes1 = buf[p] ?? 0;
    const sizes2 = buf[p + 1] ?? 0;
    p += 2;
    const [offsetSize, lengthSize, baseOffsetSize] = [sizes1 >> 4, sizes1 & 0x0f, sizes2 >> 4];
    const indexSize = version === 1 || version === 2 ? sizes2 & 0x0f : 0;
    const count = version < 2 ? buf.readUInt16BE(p) : buf.readUInt32BE(p);
    p += version < 2 ? 2 : 4;
    for (let i = 0; i < count; i++) {
      const id = version < 2 ? buf.readUInt16BE(p) : buf.readUInt32BE(p);
      p += version < 2 ? 2 : 4;
      let method = 0;
      if (version === 1 || version === 2) {
        method = buf.readUInt16BE(p) & 0x0f;
        p += 2;
      }
      p += 2; // data_reference_index
      const base = readUInt(buf, p, baseOffsetSize);
      p += baseOffsetSize;
      const extents = buf.readUInt16BE(p);
      p += 2;
      for (let e = 0; e < extents; e++) {
        p += indexSize;
        const off = readUInt(buf, p, offsetSize);
        p += offsetSize;
        const len = readUInt(buf, p, lengthSize);
        p += lengthSize;
        if (metadataItems.has(id) && method === 0) {
          const from = base + off;
          const to = len === 0 ? buf.length : from + len;
          if (from < 0 || to > buf.length) throw new InvalidImageError('HEIF: item outside the file');
          buf.fill(0, from, to);
        }
      }
    }
    return buf;
  } catch (err) {
    if (err instanceof InvalidImageError) throw err;
    throw new InvalidImageError(`HEIF: ${(err as Error).message}`);
  }
}
