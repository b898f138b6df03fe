import { forget, held, json, upstream } from '@/lib/session-server';

export async function POST(): Promise<Response> {
  const { refreshToken } = await held();
  if (refreshToken) await upstream('/api/auth/logout', { refreshToken });
  await forget();
  return json({ ok: true });
}
