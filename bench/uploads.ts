// `npm run bench uploads`: photos carrying location the ways phones and editors write it, sent
// over HTTP to the real app; every stored file is read back and checked for metadata.
// Prints how many were accepted, refused, and stored with any EXIF/XMP/IPTC/orientation or the
// location text left (must be 0).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { buildApp } from '../server/src/app.js';
import { loadConfig, repoRoot } from '../server/src/config.js';

const MARKER = 'VITRI-21.0285-105.8542';
const GPS = {
  IFD0: { ImageDescription: MARKER, Make: 'Phone', Orientation: '6' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 42/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 15/1' },
};
const photo = (w: number, h: number) =>
  sharp({ create: { width: w, height: h, channels: 3, background: '#5a8', noise: { type: 'gaussian', mean: 120, sigma: 6 } } });
const app1 = () => {
  const payload = Buffer.from(`Exif\0\0MM\0*${MARKER}`, 'latin1');
  const h = Buffer.from([0xff, 0xe1, 0, 0]);
  h.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([h, payload]);
};
const xmp = Buffer.from(
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><exif:GPSLatitude>${MARKER}</exif:GPSLatitude></rdf:RDF></x:xmpmeta>`,
);

async function cases(): Promise<[string, Buffer][]> {
  const out: [string, Buffer][] = [];
  for (const [w, h] of [
    [640, 480],
    [1600, 1200],
    [2448, 3264],
  ] as const) {
    const gps = await photo(w, h).jpeg().withExif(GPS).toBuffer();
    const clean = await photo(w, h).jpeg().toBuffer();
    out.push([`JPEG ${w}×${h} EXIF GPS`, gps]);
    out.push([`JPEG ${w}×${h} + second JPEG with EXIF after the end marker`, Buffer.concat([clean, gps])]);
    out.push([`JPEG ${w}×${h} APP1 after the scan`, Buffer.concat([clean.subarray(0, -2), app1(), Buffer.from([0xff, 0xd9])])]);
    out.push([`JPEG ${w}×${h} XMP`, await photo(w, h).jpeg().withXmp(xmp.toString()).toBuffer()]);
    out.push([
      `PNG ${w}×${h} eXIf`,
      await sharp({ create: { width: w, height: h, channels: 3, background: '#5a8' } })
        .png()
        .withExif(GPS)
        .toBuffer(),
    ]);
    out.push([`WebP ${w}×${h} EXIF + XMP`, await photo(w, h).webp().withExif(GPS).withXmp(xmp.toString()).toBuffer()]);
  }
  return out;
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-bench-uploads-'));
const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DATA_DIR: dataDir,
  CONTENT_DIR: path.join(repoRoot, 'content'),
  NATIONAL_TTHC_FILE: '',
  MINI_APP_DIR: path.join(dataDir, 'none'),
  TRUST_PROXY: 'true',
  UPLOAD_MIN_FREE_MB: '0',
  OUTBOX_ENABLED: 'false',
});
const app = await buildApp({ config, logger: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
let accepted = 0;
let refused = 0;
let withMetadata = 0;
let bytesIn = 0;
let bytesOut = 0;
try {
  const all = await cases();
  // Every case really carries the location before upload.
  const carrying = all.filter(([, data]) => data.includes(MARKER)).length;
  console.log(`  ${carrying}/${all.length} photos carry the location text before upload`);
  for (const [i, [name, data]] of all.entries()) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), 'IMG.jpg');
    const res = await fetch(`${base}/api/uploads`, { method: 'POST', body: form, headers: { 'x-forwarded-for': `10.9.0.${i}` } });
    if (res.status !== 201) {
      refused++;
      console.log(`  refused ${res.status}: ${name}`);
      continue;
    }
    accepted++;
    const { uploadId } = (await res.json()) as { uploadId: string };
    const stored = await readFile(path.join(dataDir, 'uploads', uploadId.slice(0, 2), uploadId));
    const meta = await sharp(stored).metadata();
    const left = [
      meta.exif && 'EXIF',
      meta.xmp && 'XMP',
      meta.iptc && 'IPTC',
      meta.orientation && 'orientation',
      stored.includes(MARKER) && 'location text',
    ].filter(Boolean);
    bytesIn += data.length;
    bytesOut += stored.length;
    if (left.length) {
      withMetadata++;
      console.log(`  METADATA LEFT (${left.join(', ')}): ${name}`);
    }
  }
  console.log(
    `Uploads: ${all.length} photos with location (EXIF GPS, trailing JPEG, late APP1, XMP, PNG eXIf, WebP EXIF/XMP; 3 sizes): ` +
      `${accepted} accepted, ${refused} refused, ${withMetadata} stored with metadata left; ` +
      `${(bytesIn / 1e6).toFixed(1)} MB in → ${(bytesOut / 1e6).toFixed(1)} MB stored`,
  );
  if (withMetadata || refused) process.exitCode = 1;
} finally {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
}
