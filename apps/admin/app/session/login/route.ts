import { json, keep, problem, upstream } from '@/lib/session-server';

export async function POST(req: Request): Promise<Response> {
  let input: unknown;
  try {
    input = await req.json();
  } catch {
    return problem(400, { title: 'Bad request', status: 400, code: 'INVALID_JSON', detail: 'Send JSON.' });
  }
  const res = await upstream('/api/auth/login', input);
  if (res.status !== 200) return problem(res.status, res.body);
  const { accessToken, refreshToken, user, tenant } = res.body as {
    accessToken: string;
    refreshToken: string;
    user: { email: string; name?: string | null };
    tenant: { name: string };
  };
  const who = { email: user.email, name: user.name ?? null, tenantName: tenant.name };
  await keep(refreshToken, who);
  return json({ accessToken, who });
}
