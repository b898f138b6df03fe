import { cookies, headers } from 'next/headers';

export const CART_COOKIE = 'vc_cart';
export const SESSION_COOKIE = 'vc_session';
export const LAST_ORDER_COOKIE = 'vc_last_order';

/** Options for the shop's own cookies: never readable by script, sent only first-party. */
export async function cookieOptions(maxAge: number) {
  const proto = (await headers()).get('x-forwarded-proto');
  return { httpOnly: true, sameSite: 'lax' as const, secure: proto === 'https', path: '/', maxAge };
}

export async function cartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value;
}

export async function shopperToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** What the confirmation page may show of the order this browser just placed (set at checkout). */
export type LastOrder = { id: string; orderNumber: string; totalAmount: string; email: string };

/** The order this browser placed last, if it is `id`. */
export async function lastOrder(id: string): Promise<LastOrder | null> {
  try {
    const s = JSON.parse((await cookies()).get(LAST_ORDER_COOKIE)?.value ?? 'null') as LastOrder | null;
    return s && s.id === id ? s : null;
  } catch {
    return null;
  }
}
