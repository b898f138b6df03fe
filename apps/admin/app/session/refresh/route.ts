import { forget, held, json, keep, problem, upstream } from '@/lib/session-server';

/**
 * Rotates the refresh token (the API invalidates the old one) and hands out a new access token.
 * Without a session cookie there is nothing to rotate: 204, which the app reads as "signed out"
 * (every first visit asks, and a 401 there would be an error in the browser's console).
 */
export async function POST(): Promise<Response> {
  const { refreshToken, who } = await held();
  if (!refreshToken || !who) return new Response(null, { status: 204 });
  const res = await upstream('/api/auth/refresh', { refreshToken });
  if (res.status !== 200) {
    // Only a refused token ends the session; an API that is briefly away does not.
    if (res.status < 500) await forget();
    return problem(res.status, res.body);
  }
  const body = res.body as { accessToken: string; refreshToken: string };
  await keep(body.refreshToken);
  return json({ accessToken: body.accessToken, who });
}
