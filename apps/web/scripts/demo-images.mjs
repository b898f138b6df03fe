// Generates the demo catalog's product images (simple still lifes) as WebP with sharp:
// `node scripts/demo-images.mjs` writes public/demo/*.webp.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/demo');
mkdirSync(out, { recursive: true });

const shapes = {
  kettle: (c) =>
    `<ellipse cx="400" cy="470" rx="190" ry="170" fill="${c}"/><rect x="330" y="250" width="140" height="60" rx="20" fill="${c}"/><path d="M590 420 q120 -40 130 -150" stroke="${c}" stroke-width="34" fill="none" stroke-linecap="round"/><path d="M260 330 q140 -190 280 0" stroke="#3b2a20" stroke-width="22" fill="none"/>`,
  skillet: (c) =>
    `<circle cx="360" cy="430" r="210" fill="${c}"/><circle cx="360" cy="430" r="160" fill="#00000030"/><rect x="540" y="400" width="230" height="60" rx="30" fill="${c}"/>`,
  apron: (c) =>
    `<path d="M300 200 h200 l40 120 l60 360 h-400 l60 -360 z" fill="${c}"/><rect x="330" y="420" width="140" height="90" rx="10" fill="#ffffff40"/>`,
  board: (c) =>
    `<rect x="180" y="250" width="440" height="300" rx="40" fill="${c}"/><circle cx="560" cy="310" r="24" fill="#00000040"/><path d="M230 330 h300 M230 400 h320 M230 470 h280" stroke="#00000022" stroke-width="10"/>`,
  pot: (c) =>
    `<rect x="210" y="330" width="380" height="260" rx="70" fill="${c}"/><rect x="190" y="300" width="420" height="50" rx="25" fill="${c}"/><rect x="360" y="250" width="80" height="50" rx="16" fill="#2b2b2b"/>`,
  mugs: (c) =>
    `<rect x="170" y="330" width="200" height="240" rx="30" fill="${c}"/><path d="M370 390 q80 10 0 120" stroke="${c}" stroke-width="26" fill="none"/><rect x="450" y="300" width="200" height="270" rx="30" fill="#ffffffcc"/><path d="M650 370 q80 10 0 120" stroke="#ffffffcc" stroke-width="26" fill="none"/>`,
  tent: (c) =>
    `<path d="M400 180 L660 600 H140 Z" fill="${c}"/><path d="M400 330 L480 600 H320 Z" fill="#00000040"/><path d="M400 180 v-40" stroke="#222" stroke-width="10"/>`,
  jacket: (c) =>
    `<path d="M300 180 h200 l150 110 l-40 300 h-70 v-250 v330 h-280 v-330 v250 h-70 l-40 -300 z" fill="${c}"/><path d="M400 190 v500" stroke="#00000040" stroke-width="10"/>`,
  stove: (c) =>
    `<rect x="230" y="380" width="340" height="180" rx="30" fill="${c}"/><circle cx="400" cy="350" r="90" fill="#333"/><path d="M360 320 q40 -120 80 0" fill="#ff9f1c"/>`,
  poles: (c) =>
    `<path d="M330 160 L300 660 M470 160 L500 660" stroke="${c}" stroke-width="26" stroke-linecap="round"/><rect x="300" y="150" width="60" height="110" rx="20" fill="#222"/><rect x="440" y="150" width="60" height="110" rx="20" fill="#222"/>`,
  bottle: (c) =>
    `<rect x="310" y="250" width="180" height="400" rx="60" fill="${c}"/><rect x="345" y="170" width="110" height="90" rx="20" fill="#333"/><rect x="310" y="380" width="180" height="80" fill="#ffffff40"/>`,
  shell: (c) =>
    `<path d="M320 170 q80 -40 160 0 l170 130 l-50 300 h-90 v320 h-220 v-320 h-90 l-50 -300 z" fill="${c}"/><circle cx="400" cy="210" r="50" fill="#00000030"/>`,
};

const images = [
  ['copper-kettle', 'kettle', '#b5552b', '#f3e5d8'],
  ['cast-iron-skillet', 'skillet', '#2f3e46', '#efe7dd'],
  ['linen-apron', 'apron', '#7d8f69', '#f4efe6'],
  ['walnut-board', 'board', '#6b4226', '#f1e6da'],
  ['dutch-oven', 'pot', '#c0392b', '#f6ece3'],
  ['mug-set', 'mugs', '#3d5a80', '#f2ebe2'],
  ['trail-tent', 'tent', '#f4a261', '#dcecf2'],
  ['down-jacket', 'jacket', '#1f6f8b', '#e7f1f4'],
  ['camp-stove', 'stove', '#6c757d', '#e9f0f2'],
  ['trekking-poles', 'poles', '#e76f51', '#e3eef2'],
  ['insulated-bottle', 'bottle', '#2a9d8f', '#e5f0f1'],
  ['rain-shell', 'shell', '#e9c46a', '#dde9ee'],
];

for (const [name, shape, color, bg] of images) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><defs><radialGradient id="g" cx="50%" cy="40%" r="70%"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="${bg}"/></radialGradient></defs><rect width="800" height="800" fill="url(#g)"/><ellipse cx="400" cy="690" rx="260" ry="30" fill="#00000018"/>${shapes[shape](color)}</svg>`;
  await sharp(Buffer.from(svg))
    .webp({ quality: 82 })
    .toFile(path.join(out, `${name}.webp`));
}
console.log(`wrote ${images.length} images to ${out}`);
