import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Express, Request, Response } from 'express';

/**
 * `/api/docs`: the OpenAPI document rendered by Scalar's API reference, whose standalone browser
 * bundle is served from node_modules by this API (no CDN). The page reads `/api/openapi.json`.
 */
const scalarDir = path.join(path.dirname(fileURLToPath(import.meta.resolve('@scalar/api-reference'))), '..');
const scalarVersion = (
  JSON.parse(readFileSync(path.join(scalarDir, 'package.json'), 'utf8')) as { version: string }
).version;

/** The bundle's address: versioned, so that it may be cached for good. */
export const DOCS_BUNDLE_PATH = `/api/docs/assets/scalar-${scalarVersion}.js`;

/**
 * The page's own policy, looser than the API's only where the renderer needs it: scripts stay
 * same-origin (no inline script, no eval); styles may be inline (the bundle injects its CSS and
 * Vue sets style attributes); nothing is fetched from another origin (fonts, telemetry, proxy).
 */
export const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join(';');

/** The renderer's settings: no third-party fonts, telemetry, AI agent or request proxy. */
const configuration = {
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  hideClientButton: true,
  hideTestRequestButton: true,
  showDeveloperTools: 'never',
  documentDownloadType: 'json',
  metaData: { title: 'Ventory Commerce API' },
};

const attr = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const docsPage = (documentUrl: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ventory Commerce API</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"></head>
<body>
<noscript><p>The API reference needs JavaScript. The machine-readable document is at
<a href="${attr(documentUrl)}">${attr(documentUrl)}</a>; GraphQL is at <code>/graphql</code>.</p></noscript>
<script id="api-reference" type="application/json" data-url="${attr(documentUrl)}" data-configuration="${attr(JSON.stringify(configuration))}"></script>
<script src="${attr(DOCS_BUNDLE_PATH)}"></script>
</body></html>`;

const gzipAsync = promisify(gzip);

type Bundle = { raw: Buffer; gzip: Buffer };
let bundle: Promise<Bundle> | undefined;
/** Read and compressed once, on the first request, off the event loop: ~4.9 MB raw, ~1.4 MB gzipped. */
function loadBundle(): Promise<Bundle> {
  bundle ??= readFile(path.join(scalarDir, 'dist', 'browser', 'standalone.js')).then(async (raw) => ({
    raw,
    gzip: await gzipAsync(raw),
  }));
  bundle.catch(() => {
    bundle = undefined;
  });
  return bundle;
}

async function sendBundle(req: Request, res: Response) {
  const { raw, gzip } = await loadBundle();
  const gzipped = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.setHeader('Content-Type', 'application/javascript; charset=utf-8');
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.vary('Accept-Encoding');
  if (gzipped) res.setHeader('Content-Encoding', 'gzip');
  res.end(gzipped ? gzip : raw);
}

/** Mounts the page and its bundle; the page's CSP replaces the API's (set by helmet) on it only. */
export function mountDocs(app: Express, documentUrl = '/api/openapi.json') {
  const page = docsPage(documentUrl);
  app.get('/api/docs', (_req, res) => {
    res.setHeader('Content-Security-Policy', DOCS_CSP);
    res.type('html').send(page);
  });
  app.get(DOCS_BUNDLE_PATH, sendBundle);
}
