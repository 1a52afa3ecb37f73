// Renders the PWA icons from public/icons/icon.svg with the system Chromium (headless) and writes
// favicon.ico. Run from the repository root: node frontend/scripts/generate-icons.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const publicDir = new URL('../public/', import.meta.url).pathname;
const svg = readFileSync(join(publicDir, 'icons/icon.svg'), 'utf8');
// Maskable and Apple icons: full-bleed background, glyph inside the central safe zone (80 %).
const fullBleed = svg
  .replace(/ rx="112"/, '')
  .replace('<g fill="#ffffff">', '<g fill="#ffffff" transform="translate(256 256) scale(0.78) translate(-246 -250)">');

const work = mkdtempSync(join(tmpdir(), 'bt-icons-'));

function render(source, size, out, transparent) {
  const html = join(work, `icon-${size}.html`);
  writeFileSync(
    html,
    `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent;overflow:hidden}` +
      `svg{display:block;width:${size}px;height:${size}px}</style></head><body>${source}</body></html>`,
  );
  const png = join(work, `out-${size}.png`);
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--force-device-scale-factor=1',
      `--window-size=${size},${size}`,
      ...(transparent ? ['--default-background-color=00000000'] : []),
      `--screenshot=${png}`,
      `file://${html}`,
    ],
    { stdio: 'ignore' },
  );
  const data = readFileSync(png);
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  if (width !== size || height !== size) throw new Error(`${out}: got ${width}x${height}, wanted ${size}`);
  if (out) writeFileSync(join(publicDir, out), data);
  return data;
}

render(svg, 192, 'icons/icon-192.png', true);
render(svg, 512, 'icons/icon-512.png', true);
render(fullBleed, 512, 'icons/icon-maskable-512.png', false);
render(fullBleed, 180, 'icons/apple-touch-icon.png', false);
const ico16 = render(svg, 16, null, true);
const ico32 = render(svg, 32, null, true);

// ICO container holding PNG images (supported by every current browser).
const images = [
  { size: 16, data: ico16 },
  { size: 32, data: ico32 },
];
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach(({ size, data }, i) => {
  const entry = 6 + 16 * i;
  header.writeUInt8(size, entry);
  header.writeUInt8(size, entry + 1);
  header.writeUInt8(0, entry + 2);
  header.writeUInt8(0, entry + 3);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(data.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += data.length;
});
writeFileSync(join(publicDir, 'favicon.ico'), Buffer.concat([header, ...images.map((i) => i.data)]));
rmSync(work, { recursive: true, force: true });
console.log('icons written to', publicDir);
