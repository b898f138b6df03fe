// Server side of sign-in: the refresh token lives in an httpOnly cookie scoped to /session, the
// access token only in the page's memory. Who is signed in rides along in a second httpOnly
// cookie so a reload can restore the shell without asking the API who the token belongs to.
import { cookies } from 'next/headers';
import { apiUrl, REFRESH_COOKIE, refreshCookie } from './upstream';

const WHO_COOKIE = 'vadm_who';
const MAX_AGE = 30 * 24 * 3600;

export type Who = { email: string; name?: string | null; tenantName: string };
type Upstream = { status: number; body: Record<string, unknown> };

export async function upstream(path: string, body: unknown): Promise<Upstream> {
  try {
    const res = await fetch(apiUrl() + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  } catch {
    const detail = 'The API did not answer. Try again.';
    return { status: 502, body: { title: 'Bad Gateway', status: 502, code: 'API_UNREACHABLE', detail } };
  }
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
  });
}

export const json = (body: unknown) =>
  new Response(JSON.stringify(body), {
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });

export async function keep(refreshToken: string, who?: Who): Promise<void> {
  const jar = await cookies();
  jar.set(refreshCookie(refreshToken, MAX_AGE));
  if (who) jar.set({ ...refreshCookie(JSON.stringify(who), MAX_AGE), name: WHO_COOKIE });
}

export async function held(): Promise<{ refreshToken?: string; who?: Who }> {
  const jar = await cookies();
  const raw = jar.get(WHO_COOKIE)?.value;
  let who: Who | undefined;
  try {
    who = raw ? (JSON.parse(raw) as Who) : undefined;
  } catch {
    who = undefined;
  }
  return { refreshToken: jar.get(REFRESH_COOKIE)?.value, who };
}

export async function forget(): Promise<void> {
  const jar = await cookies();
  jar.set(refreshCookie('', 0));
  jar.set({ ...refreshCookie('', 0), name: WHO_COOKIE });
}
