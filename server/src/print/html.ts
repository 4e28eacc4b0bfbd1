// Small helpers for the printable pages (poster, leaflet, report): escaping, a page shell with
// print CSS, and QR codes drawn locally by the `qrcode` library as inline SVG (no network).
import QRCode from 'qrcode';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => ESC[c] as string);

/** Inline SVG of a QR code for `text` (error correction M, quiet zone included). */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg.replace('<svg ', `<svg role="img" aria-label="${esc(label)}" class="qr" `);
}

/** A whole HTML page for print: `size` is the CSS @page size (A4, A5). */
export function printPage(opts: { title: string; size: 'A4' | 'A5'; css: string; body: string }): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${esc(opts.title)}</title>
<style>
@page { size: ${opts.size}; margin: ${opts.size === 'A4' ? '15mm 15mm 15mm 20mm' : '8mm'}; }
* { box-sizing: border-box; }
html { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; color: #000; background: #fff; }
body { margin: 0 auto; max-width: ${opts.size === 'A4' ? '210mm' : '148mm'}; padding: 8mm; }
h1, h2, h3, p { margin: 0 0 0.4em; }
table { border-collapse: collapse; width: 100%; }
.toolbar { margin: 0 0 6mm; font-family: system-ui, sans-serif; display: flex; gap: 8px; flex-wrap: wrap; }
.toolbar button { font-size: 16px; padding: 8px 16px; cursor: pointer; }
@media print { .toolbar { display: none; } body { padding: 0; max-width: none; } }
${opts.css}
</style>
</head>
<body>
<div class="toolbar"><button type="button" data-print>In trang này</button><script src="/console/js/print-button.js"></script></div>
${opts.body}
</body>
</html>`;
}
