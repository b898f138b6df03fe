import { forget, held, json, keep, problem, upstream } from '@/lib/session-server';

/** Rotates the refresh token (the API invalidates the old one) and hands out a new access token. */
export async function POST(): Promise<Response> {
  const { refreshToken, who } = await held();
  if (!refreshToken || !who)
    return problem(401, { title: 'Unauthorized', status: 401, code: 'NO_SESSION', detail: 'Sign in.' });
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
