'use server';
import { redirect } from 'next/navigation';
import { confirmPayment } from '@/lib/api/cart';
import { assertCsrf } from '@/lib/csrf';
import { back, isUuid, ShopperError, text } from '@/lib/forms';
import { requireStore } from '@/lib/tenant';
import { orderAccess } from './access';

/**
 * The shopper's answer to the test gateway's 3-D Secure challenge. Only the browser that placed
 * the order (its last-order cookie) or its signed-in shopper may answer it.
 */
export async function answerChallenge(form: FormData) {
  const orderId = text(form, 'orderId');
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const paymentId = text(form, 'paymentId');
    const { order } = await orderAccess(store, orderId);
    if (!order || !isUuid(paymentId)) throw new ShopperError('We cannot confirm this payment here.');
    await confirmPayment(store, orderId, paymentId, text(form, 'answer') === 'approve');
  } catch (error) {
    back(`/order/${encodeURIComponent(orderId)}`, error);
  }
  redirect(`/order/${encodeURIComponent(orderId)}`);
}
