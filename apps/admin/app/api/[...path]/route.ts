import type { NextRequest } from 'next/server';
import { apiUrl } from '@/lib/upstream';

// The browser talks to the API through this same-origin pass-through, so the API needs no CORS
// for the admin and the refresh cookie never leaves this origin. Bodies and event streams are piped.
const HOP = ['host', 'connection', 'content-length', 'cookie', 'accept-encoding'];

async function pass(req: NextRequest): Promise<Response> {
  const url = new URL(req.url);
  const headers = new Headers(req.headers);
  for (const h of HOP) headers.delete(h);
  headers.set('x-forwarded-for', req.headers.get('x-forwarded-for') ?? '127.0.0.1');
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const send = () =>
    fetch(apiUrl() + url.pathname + url.search, {
      method: req.method,
      headers,
      body: hasBody ? req.body : undefined,
      // @ts-expect-error: undici needs duplex for a streamed request body (not in lib.dom yet).
      duplex: hasBody ? 'half' : undefined,
      redirect: 'manual',
    });
  let res: Response;
  try {
    // A pooled connection the API has just closed fails at once: a read is safe to send again.
    res = await send().catch((e) => (hasBody ? Promise.reject(e) : send()));
  } catch {
    return new Response(
      JSON.stringify({
        type: 'about:blank',
        title: 'Bad Gateway',
        status: 502,
        code: 'API_UNREACHABLE',
        detail: 'The API did not answer. Try again.',
      }),
      { status: 502, headers: { 'content-type': 'application/problem+json' } },
    );
  }
  const out = new Headers(res.headers);
  out.delete('content-encoding');
  out.delete('content-length');
  out.delete('transfer-encoding');
  return new Response(res.body, { status: res.status, headers: out });
}

export const GET = pass;
export const POST = pass;
export const PUT = pass;
export const PATCH = pass;
export const DELETE = pass;
export const dynamic = 'force-dynamic';
