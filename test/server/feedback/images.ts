// Test images. Real photos (decodable) made with sharp, carrying location the way phones write
// it: EXIF with GPS in APP1, a second JPEG with EXIF after the end marker, an APP1 segment after
// the scan, PNG eXIf, WebP EXIF. MARKER is text inside that metadata, so its absence in stored
// bytes shows the metadata is gone. A synthetic HEIC box structure sniffs as HEIC.
import sharp from 'sharp';

export const MARKER = 'VITRI-21.0285-105.8542';
const GPS = {
  IFD0: { ImageDescription: MARKER, Copyright: 'Nguyen Van An' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 42/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 15/1' },
};
const canvas = (width = 64, height = 32) => sharp({ create: { width, height, channels: 3, background: '#c33' } });

const PHOTO_GPS = await canvas().jpeg().withExif(GPS).toBuffer();
const PHOTO_CLEAN = await canvas().jpeg().toBuffer();
const APP1 = (() => {
  const payload = Buffer.from(`Exif\0\0MM\0*${MARKER}`, 'latin1');
  const h = Buffer.from([0xff, 0xe1, 0, 0]);
  h.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([h, payload]);
})();

/** A real JPEG with EXIF GPS in APP1; `padTo` appends filler after the end marker (size tests). */
export function jpegWithExif(padTo = 0): Buffer {
  if (!padTo) return PHOTO_GPS;
  return Buffer.concat([PHOTO_GPS, Buffer.alloc(Math.max(0, padTo - PHOTO_GPS.length), 0x55)]);
}
/** A clean JPEG followed by a second JPEG with EXIF GPS after its end marker (as phones write previews). */
export const jpegWithTrailingExif = () => Buffer.concat([PHOTO_CLEAN, PHOTO_GPS]);
/** An APP1 (EXIF) segment after the scan data, just before the end marker. */
export const jpegWithApp1BeforeEoi = () => Buffer.concat([PHOTO_CLEAN.subarray(0, -2), APP1, Buffer.from([0xff, 0xd9])]);
/** 64×32 pixels stored sideways with EXIF orientation 6 (rotate 90° to view). */
export const jpegRotated = () => canvas().jpeg().withMetadata({ orientation: 6 }).toBuffer();
export const pngWithText = () => canvas().png().withExif(GPS).toBuffer();
export const webpWithExif = () => canvas().webp().withExif(GPS).toBuffer();
/** JPEG header, then bytes that do not decode. */
export const notDecodableJpeg = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);

const box = (type: string, ...data: Buffer[]) => {
  const body = Buffer.concat(data);
  const h = Buffer.alloc(8);
  h.writeUInt32BE(body.length + 8, 0);
  h.write(type, 4, 'latin1');
  return Buffer.concat([h, body]);
};
const full = (version: number) => Buffer.from([version, 0, 0, 0]);
const u16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** ftyp + meta (iinf: item 1 hvc1, item 2 Exif; iloc v0 4/4/0) + mdat. */
export function heicWithExif(): Buffer {
  const image = Buffer.from('HEVCDATA-image', 'latin1');
  const exif = Buffer.from('\0\0\0\0Exif\0\0MM\0*GPSLatitude 21.0285', 'latin1');
  const ftyp = box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1'));
  const infe = (id: number, type: string) => box('infe', full(2), u16(id), u16(0), Buffer.from(type, 'latin1'), Buffer.from([0]));
  const iinf = box('iinf', full(0), u16(2), infe(1, 'hvc1'), infe(2, 'Exif'));
  const build = (imageOff: number, exifOff: number) => {
    const iloc = box(
      'iloc',
      full(0),
      Buffer.from([0x44, 0x00]),
      u16(2),
      ...[
        [1, imageOff, image.length],
        [2, exifOff, exif.length],
      ].map(([id, off, len]) => Buffer.concat([u16(id!), u16(0), u16(1), u32(off!), u32(len!)])),
    );
    const meta = box('meta', full(0), box('hdlr', full(0), Buffer.alloc(4), Buffer.from('pict', 'latin1'), Buffer.alloc(13)), iinf, iloc);
    return { meta, mdatHeader: 8 };
  };
  const probe = build(0, 0);
  const mdatStart = ftyp.length + probe.meta.length + 8;
  const { meta } = build(mdatStart, mdatStart + image.length);
  return Buffer.concat([ftyp, meta, box('mdat', image, exif)]);
}
