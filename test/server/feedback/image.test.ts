import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { HeicNotSupportedError, InvalidImageError, reencodeImage, sniffImage } from '../../../server/src/feedback/uploads/image.js';
import {
  heicWithExif,
  jpegRotated,
  jpegWithApp1BeforeEoi,
  jpegWithExif,
  jpegWithTrailingExif,
  MARKER,
  notDecodableJpeg,
  pngWithText,
  webpWithExif,
} from './images.js';

describe('sniffImage (by bytes, not by name)', () => {
  it('recognises JPEG, PNG, WebP and HEIC', async () => {
    expect(sniffImage(jpegWithExif())).toBe('image/jpeg');
    expect(sniffImage(await pngWithText())).toBe('image/png');
    expect(sniffImage(await webpWithExif())).toBe('image/webp');
    expect(sniffImage(heicWithExif())).toBe('image/heic');
  });
  it('refuses a PDF, a GIF, text and an empty file', () => {
    expect(sniffImage(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBeNull();
    expect(sniffImage(Buffer.from('GIF89a\x01\x00\x01\x00'))).toBeNull();
    expect(sniffImage(Buffer.from('<html>'))).toBeNull();
    expect(sniffImage(Buffer.alloc(0))).toBeNull();
  });
});

/** No EXIF, XMP, IPTC or orientation left, and the location text nowhere in the bytes. */
async function expectNoMetadata(out: Buffer) {
  const meta = await sharp(out).metadata();
  expect({ exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc, orientation: meta.orientation }).toEqual({
    exif: undefined,
    xmp: undefined,
    iptc: undefined,
    orientation: undefined,
  });
  expect(out.includes(MARKER)).toBe(false);
  expect(out.includes('Exif')).toBe(false);
}

describe('reencodeImage: every accepted photo is decoded and written anew', () => {
  const cases: [string, () => Buffer | Promise<Buffer>][] = [
    ['JPEG with EXIF GPS in APP1', jpegWithExif],
    ['JPEG followed by a second JPEG carrying EXIF (after the end marker)', jpegWithTrailingExif],
    ['JPEG with an APP1 segment after the scan, before the end marker', jpegWithApp1BeforeEoi],
    ['PNG with eXIf', pngWithText],
    ['WebP with EXIF', webpWithExif],
  ];
  for (const [name, make] of cases) {
    it(`${name}: no metadata survives`, async () => {
      const src = await make();
      expect(src.includes(MARKER)).toBe(true);
      const type = sniffImage(src)!;
      const out = await reencodeImage(src, type);
      expect(out.type).toBe(type);
      expect(sniffImage(out.data)).toBe(type);
      await expectNoMetadata(out.data);
    });
  }

  it('applies the EXIF orientation to the pixels (a sideways photo comes out upright)', async () => {
    const out = await reencodeImage(await jpegRotated(), 'image/jpeg');
    const meta = await sharp(out.data).metadata();
    expect([meta.width, meta.height]).toEqual([32, 64]);
    expect(meta.orientation).toBeUndefined();
  });

  it('refuses what does not decode (a JPEG header on junk, a cut-off photo) and HEIC', async () => {
    await expect(reencodeImage(notDecodableJpeg(), 'image/jpeg')).rejects.toBeInstanceOf(InvalidImageError);
    const photo = jpegWithExif();
    await expect(reencodeImage(photo.subarray(0, photo.length - 60), 'image/jpeg')).rejects.toBeInstanceOf(InvalidImageError);
    await expect(reencodeImage(heicWithExif(), 'image/heic')).rejects.toBeInstanceOf(HeicNotSupportedError);
  });
});
