import type { NextRequest } from 'next/server';
import { exportData } from '@/lib/api/account';
import { notFoundText, storeOf } from '@/lib/request';
import { SESSION_COOKIE } from '@/lib/session';

/** "Download my data": everything the store holds about the signed-in shopper, as a JSON file. */
export async function GET(req: NextRequest) {
  const { store } = await storeOf(req);
  const token = req.cookies.get(SESSION_COOKIE)?.value;
  if (!store || !token) return notFoundText();
  try {
    const data = await exportData(store, token);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${store.domain}-my-data.json"`,
        'cache-control': 'no-store',
      },
    });
  } catch {
    return notFoundText();
  }
}
