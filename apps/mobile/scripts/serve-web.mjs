// `npm run mobile:web`: exports the app's web build (once, or again with --rebuild) and serves it
// as a single-page app: unknown paths answer index.html so deep links work. The API and store
// are set at serve time (window.__VENTORY__ in index.html, read by src/config.ts), so one build
// serves any store. Usage: node scripts/serve-web.mjs [--rebuild] [--port N]
// Env: PORT (8082), EXPO_PUBLIC_API_URL, EXPO_PUBLIC_STORE_DOMAIN, STORE_PICKER=1.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 8082));

if (args.includes('--rebuild') || !existsSync(path.join(dist, 'index.html'))) {
  const res = spawnSync('npx', ['expo', 'export', '--platform', 'web', '--output-dir', 'dist'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CI: '1', EXPO_OFFLINE: '1' },
  });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
};

/** index.html with the run-time config in front of the bundle (`<` escaped: it is inline script). */
export function indexWith(dir, runtime) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const json = JSON.stringify(runtime).replace(/</g, '\\u003c');
  return html.replace('<head>', `<head><script>window.__VENTORY__=${json}</script>`);
}

export function serve(dir, listenPort, runtime = {}) {
  const index = indexWith(dir, runtime);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (
      file.startsWith(dir) &&
      file !== path.join(dir, 'index.html') &&
      existsSync(file) &&
      statSync(file).isFile()
    ) {
      res.writeHead(200, {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream',
        // Hashed bundle names can be cached for good; index.html never.
        'cache-control': file.includes('/_expo/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-cache' });
    res.end(index);
  });
  return new Promise((resolve) => server.listen(listenPort, () => resolve(server)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const runtime = {};
  if (process.env.EXPO_PUBLIC_API_URL) runtime.apiUrl = process.env.EXPO_PUBLIC_API_URL;
  if (process.env.EXPO_PUBLIC_STORE_DOMAIN) runtime.storeDomain = process.env.EXPO_PUBLIC_STORE_DOMAIN;
  if (process.env.STORE_PICKER === '1') runtime.storePicker = true;
  await serve(dist, port, runtime);
  console.log(`mobile web build on http://localhost:${port}`);
}
