// Server side only: where the API is. Read at request time, so one build serves any API_URL.
export const apiUrl = () => (process.env.API_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '');

export const REFRESH_COOKIE = 'vadm_rt';
export const refreshCookie = (value: string, maxAge: number) => ({
  name: REFRESH_COOKIE,
  value,
  httpOnly: true,
  sameSite: 'strict' as const,
  path: '/session',
  secure: process.env.ADMIN_SECURE_COOKIES === '1',
  maxAge,
});
