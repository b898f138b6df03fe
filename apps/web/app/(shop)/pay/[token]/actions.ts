'use server';
import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import { payByLink, payLinkOrder } from '@/lib/api/pay-link';
import { assertCsrf } from '@/lib/csrf';
import { back, ShopperError, text } from '@/lib/forms';
import { methodPayment } from '@/lib/method-payment';
import { requireStore } from '@/lib/tenant';

/**
 * Pays the order behind a payment link for its whole total, with the method the form chose (the
 * checkout's own form and rules); idempotent per rendered form.
 */
export async function payOrder(form: FormData) {
  const token = text(form, 'token');
  const page = `/pay/${encodeURIComponent(token)}`;
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const found = await payLinkOrder(store, token);
    if (found.kind !== 'order') redirect(page);
    if (text(form, 'expected') !== found.order.totalAmount)
      throw new ShopperError('The amount changed since you opened this page. Please check it and pay again.');
    const payment = await methodPayment(store, form, found.order.totalAmount);
    await payByLink(store, token, [payment], text(form, 'idempotencyKey') || randomUUID());
  } catch (error) {
    back(page, error);
  }
  redirect(`${page}?paid=1`);
}
