// Small synthetic image files with location metadata, built byte by byte for the tests.
const seg = (marker: number, payload: Buffer) => {
  const h = Buffer.alloc(4);
  h[0] = 0xff;
  h[1] = marker;
  h.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([h, payload]);
};

export function jpegWithExif(padTo = 0): Buffer {
  const parts = [
    Buffer.from([0xff, 0xd8]),
    seg(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    seg(0xe1, Buffer.from('Exif\0\0MM\0*GPSLatitude 21.0285 GPSLongitude 105.8542', 'latin1')),
    seg(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta exif:GPSLatitude="21,1.7N"/>', 'latin1')),
    seg(0xdb, Buffer.alloc(65, 1)),
    seg(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    Buffer.from('SCANDATA-0123456789', 'latin1'),
  ];
  if (padTo) parts.push(Buffer.alloc(Math.max(0, padTo - Buffer.concat(parts).length - 2), 0x55));
  parts.push(Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}

const chunk = (type: string, data: Buffer) => {
  const h = Buffer.alloc(8);
  h.writeUInt32BE(data.length, 0);
  h.write(type, 4, 'latin1');
  return Buffer.concat([h, data, Buffer.alloc(4)]); // CRC is not checked by the filter
};

export function pngWithText(): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.alloc(13, 1)),
    chunk('tEXt', Buffer.from('Comment\0GPS 21.0285,105.8542', 'latin1')),
    chunk('iTXt', Buffer.from('XML:com.adobe.xmp\0\0\0\0\0<GPS/>', 'latin1')),
    chunk('eXIf', Buffer.from('MM\0*GPSLatitude', 'latin1')),
    chunk('IDAT', Buffer.alloc(20, 2)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const riffChunk = (fourcc: string, data: Buffer) => {
  const h = Buffer.alloc(8);
  h.write(fourcc, 0, 'latin1');
  h.writeUInt32LE(data.length, 4);
  return Buffer.concat([h, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
};

export function webpWithExif(): Buffer {
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x0c; // EXIF + XMP flags
  const body = Buffer.concat([
    riffChunk('VP8X', vp8x),
    riffChunk('VP8L', Buffer.alloc(15, 3)),
    riffChunk('EXIF', Buffer.from('MM\0*GPSLatitude', 'latin1')),
    riffChunk('XMP ', Buffer.from('<GPS/>', 'latin1')),
  ]);
  const h = Buffer.alloc(12);
  h.write('RIFF', 0, 'latin1');
  h.writeUInt32LE(body.length + 4, 4);
  h.write('WEBP', 8, 'latin1');
  return Buffer.concat([h, body]);
}

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
