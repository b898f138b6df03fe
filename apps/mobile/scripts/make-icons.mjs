// Generates the per-store app icon and splash (assets/stores/<handle>/) from the store's colour
// and initial, so every white-label build has its own artwork without a designer in the loop.
// Usage: node scripts/make-icons.mjs <handle> <hex colour> [<initial>]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const [handle = 'default', color = '#2f3e46', initial = handle[0]?.toUpperCase() ?? 'V'] =
  process.argv.slice(2);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = handle === 'default' ? path.join(root, 'assets') : path.join(root, 'assets/stores', handle);
mkdirSync(dir, { recursive: true });

const svg = (size, radius, fontSize) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
  <rect width="${size}" height="${size}" rx="${radius}" fill="${color}"/>
  <text x="50%" y="54%" dominant-baseline="middle" text-anchor="middle" font-family="Liberation Sans, sans-serif"
    font-weight="700" font-size="${fontSize}" fill="#ffffff">${initial}</text></svg>`);

await sharp(svg(1024, 0, 560))
  .png()
  .toFile(path.join(dir, 'icon.png'));
await sharp(svg(512, 96, 280))
  .png()
  .toFile(path.join(dir, 'splash.png'));
console.log(`icons for ${handle} in ${dir}`);
