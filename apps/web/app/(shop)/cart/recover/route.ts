import { type NextRequest, NextResponse } from 'next/server';
import { recoverCart } from '@/lib/api/cart';
import { storeOf } from '@/lib/request';
import { CART_COOKIE } from '@/lib/session';

/**
 * The abandoned-cart email's link: the cart becomes active again (its stock held anew) and this
 * browser's cart, then the shopper lands on it. A used or unknown link says so on the cart page.
 */
export async function GET(req: NextRequest) {
  const { store, origin } = await storeOf(req);
  if (!store) return NextResponse.redirect(new URL('/', origin));
  const token = req.nextUrl.searchParams.get('token') ?? '';
  const cart = token.length > 0 && token.length <= 200 ? await recoverCart(store, token) : null;
  if (!cart) {
    const why =
      'This cart link has expired or was already used. Your cart may still be waiting for you here.';
    return NextResponse.redirect(new URL(`/cart?error=${encodeURIComponent(why)}`, origin), 303);
  }
  const res = NextResponse.redirect(new URL('/cart?recovered=1', origin), 303);
  res.cookies.set(CART_COOKIE, cart.id, {
    httpOnly: true,
    sameSite: 'lax',
    secure: origin.startsWith('https:'),
    path: '/',
    maxAge: 60 * 60 * 24 * 14,
  });
  return res;
}
