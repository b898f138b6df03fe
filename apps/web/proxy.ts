import { type NextFetchEvent, type NextRequest, NextResponse } from 'next/server';
import { sendEvents } from './lib/analytics-events';
import { CONSENT_COOKIE, SESSION_ID_COOKIE } from './lib/consent-cookies';
import { gatewayOrigin } from './lib/public-api';

export const CSRF_COOKIE = 'vc_csrf';
/** The admin design editor's preview token, kept for the frame's own navigation (30 min). */
export const PREVIEW_COOKIE = 'vc_preview';
const PREVIEW_HEADER = 'x-ventory-preview';

/**
 * Where the admin runs: the only page allowed to frame a preview (`ADMIN_ORIGIN`, space- or
 * comma-separated origins; `npm start` serves the admin on localhost:3001).
 */
function adminOrigins(): string {
  const raw = process.env.ADMIN_ORIGIN ?? 'http://localhost:3001';
  return raw
    .split(/[\s,]+/)
    .filter((o) => /^https?:\/\/[\w.-]+(:(\d+|\*))?$/.test(o))
    .join(' ');
}

/** A design preview token from `?preview=` (the editor's frame) or the cookie it left. */
function previewToken(request: NextRequest): { token: string; fromQuery: boolean } | null {
  const q = request.nextUrl.searchParams.get('preview');
  if (q && q.length < 2000) return { token: q, fromQuery: true };
  const c = request.cookies.get(PREVIEW_COOKIE)?.value;
  return c ? { token: c, fromQuery: false } : null;
}

function randomToken(bytes = 18): string {
  const a = new Uint8Array(bytes);
  crypto.getRandomValues(a);
  return btoa(String.fromCharCode(...a)).replace(/[+/=]/g, (c) => ({ '+': '-', '/': '_', '=': '' })[c] ?? '');
}

/** `npm start` on a bare localhost address: a page linking to the demo stores (app/welcome). */
function demoIndex(request: NextRequest): boolean {
  const host = (request.headers.get('host') ?? '').replace(/:\d+$/, '').toLowerCase();
  return (
    request.nextUrl.pathname === '/' &&
    Boolean(process.env.DEMO_STORES) &&
    (host === 'localhost' || host === '127.0.0.1')
  );
}

/**
 * A consenting shopper's page view (and search), recorded here where every page request passes,
 * after the response and with no script in the page. Prefetches are not views.
 */
function pageViewOf(request: NextRequest, event: NextFetchEvent) {
  const sessionId = request.cookies.get(SESSION_ID_COOKIE)?.value;
  if (request.cookies.get(CONSENT_COOKIE)?.value !== 'yes' || !sessionId) return;
  if (request.method !== 'GET' || request.headers.get('next-router-prefetch')) return;
  if (request.headers.get('purpose') === 'prefetch' || demoIndex(request)) return;
  const host = (request.headers.get('host') ?? '').replace(/:\d+$/, '').toLowerCase();
  const path = request.nextUrl.pathname;
  const q = request.nextUrl.searchParams.get('q');
  const ip = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
  event.waitUntil(
    sendEvents(
      host,
      sessionId,
      [
        { type: 'page_view', path: path.slice(0, 2000) },
        ...(path === '/search' && q ? [{ type: 'search' as const, query: q.slice(0, 200) }] : []),
      ],
      ip,
    ),
  );
}

/**
 * Every page gets a fresh nonce and a strict CSP built on it (scripts only with the nonce or loaded
 * by a nonce'd script). Style attributes stay allowed because next/image sets a few; style
 * elements need the nonce. A CSRF token cookie is issued on first visit for the cookie forms.
 */
export function proxy(request: NextRequest, event: NextFetchEvent) {
  pageViewOf(request, event);
  const nonce = randomToken(16);
  const preview = previewToken(request);
  const dev = process.env.NODE_ENV === 'development';
  // Stripe.js and its frames (Payment Element, 3-D Secure) where a shopper pays, and nowhere else.
  // Stripe.js itself is a script added by our nonce'd bundle, which 'strict-dynamic' lets run.
  const paying = /^\/(checkout|order|pay)(\/|$)/.test(request.nextUrl.pathname);
  const stripe = (sources: string) => (paying ? ` ${sources}` : '');
  const csp = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    `style-src-attr 'unsafe-inline'`,
    `img-src 'self' https: data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'${stripe('https://api.stripe.com')}`,
    // The payment gateway's hosted card fields (the test gateway is served by the API).
    `frame-src ${gatewayOrigin()}${stripe('https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com')}`,
    `worker-src 'self'`,
    `manifest-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    // Only a design preview may be framed, and only by the admin.
    `frame-ancestors ${preview ? adminOrigins() || "'none'" : "'none'"}`,
  ].join('; ');

  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(PREVIEW_HEADER);
  if (preview) requestHeaders.set(PREVIEW_HEADER, preview.token);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);

  let issued: string | null = null;
  if (!request.cookies.get(CSRF_COOKIE)) {
    issued = randomToken();
    const cookie = request.headers.get('cookie');
    requestHeaders.set('cookie', `${cookie ? `${cookie}; ` : ''}${CSRF_COOKIE}=${issued}`);
  }

  const response = demoIndex(request)
    ? NextResponse.rewrite(new URL('/welcome', request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', csp);
  if (preview) {
    response.headers.set('cache-control', 'private, no-store');
    // The frame is cross-site to the admin: SameSite=None needs Secure (browsers accept it on
    // localhost too), and Partitioned (CHIPS) keeps it working where third-party cookies are off.
    if (preview.fromQuery)
      response.cookies.set(PREVIEW_COOKIE, preview.token, {
        httpOnly: true,
        sameSite: 'none',
        secure: true,
        partitioned: true,
        path: '/',
        maxAge: 30 * 60,
      });
  }
  if (issued) {
    // Lax, not Strict: a Strict cookie is not sent when the shopper arrives from another site,
    // so a fresh token would replace it and break the forms of tabs already open. Cross-site
    // posts stay refused by the token itself and by Next's Origin check on server actions.
    const proto = request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(':', '');
    response.cookies.set(CSRF_COOKIE, issued, {
      httpOnly: true,
      sameSite: 'lax',
      secure: proto === 'https',
      path: '/',
    });
  }
  return response;
}

export const config = {
  matcher: [
    {
      source:
        '/((?!api/|_next/static|_next/image|sw.js|icons/|demo-downloads/|manifest.webmanifest|robots.txt|sitemap.xml).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
