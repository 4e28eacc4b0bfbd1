import { describe, expect, it } from 'vitest';
import { InvalidImageError, sniffImage, stripMetadata } from '../../../server/src/feedback/uploads/image.js';
import { heicWithExif, jpegWithExif, pngWithText, webpWithExif } from './images.js';

describe('sniffImage (by bytes, not by name)', () => {
  it('recognises JPEG, PNG, WebP and HEIC', () => {
    expect(sniffImage(jpegWithExif())).toBe('image/jpeg');
    expect(sniffImage(pngWithText())).toBe('image/png');
    expect(sniffImage(webpWithExif())).toBe('image/webp');
    expect(sniffImage(heicWithExif())).toBe('image/heic');
  });
  it('refuses a PDF, a GIF, text and an empty file', () => {
    expect(sniffImage(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBeNull();
    expect(sniffImage(Buffer.from('GIF89a\x01\x00\x01\x00'))).toBeNull();
    expect(sniffImage(Buffer.from('<html>'))).toBeNull();
    expect(sniffImage(Buffer.alloc(0))).toBeNull();
  });
});

describe('stripMetadata removes location data', () => {
  it('JPEG: drops APP1 (EXIF with GPS, XMP), keeps JFIF, tables and image data byte for byte', () => {
    const src = jpegWithExif();
    const out = stripMetadata(src, 'image/jpeg');
    expect(src.includes('GPSLatitude')).toBe(true);
    expect(out.includes('GPSLatitude')).toBe(false);
    expect(out.includes('Exif')).toBe(false);
    expect(out.includes('JFIF')).toBe(true);
    expect(out.includes(Buffer.from('SCANDATA-0123456789'))).toBe(true);
    expect(out.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(out.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });
  it('PNG: drops eXIf and text chunks, keeps IHDR, IDAT, IEND', () => {
    const out = stripMetadata(pngWithText(), 'image/png');
    for (const gone of ['eXIf', 'tEXt', 'iTXt', 'GPS']) expect(out.includes(gone)).toBe(false);
    for (const kept of ['IHDR', 'IDAT', 'IEND']) expect(out.includes(kept)).toBe(true);
  });
  it('WebP: drops EXIF/XMP chunks, clears the flags and fixes the RIFF size', () => {
    const out = stripMetadata(webpWithExif(), 'image/webp');
    expect(out.includes('GPS')).toBe(false);
    expect(out.readUInt32LE(4)).toBe(out.length - 8);
    expect((out[20] ?? 0) & 0x0c).toBe(0);
    expect(out.includes('VP8L')).toBe(true);
  });
  it('HEIC: blanks the Exif item in place, leaving the file the same size', () => {
    const src = heicWithExif();
    const out = stripMetadata(src, 'image/heic');
    expect(out.length).toBe(src.length);
    expect(out.includes('GPSLatitude')).toBe(false);
    expect(out.includes('HEVCDATA')).toBe(true);
  });
  it('refuses broken files', () => {
    expect(() => stripMetadata(jpegWithExif().subarray(0, 30), 'image/jpeg')).toThrow(InvalidImageError);
    expect(() => stripMetadata(pngWithText().subarray(0, 40), 'image/png')).toThrow(InvalidImageError);
  });
});
