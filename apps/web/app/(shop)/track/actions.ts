'use server';
import { ApiError } from '@ventory/sdk';
import { redirect } from 'next/navigation';
import { requestReturn, trackingHref } from '@/lib/api/orders';
import { assertCsrf } from '@/lib/csrf';
import { back, ShopperError, text } from '@/lib/forms';
import { requireStore } from '@/lib/tenant';

/** `qty:<itemId>` selects of the return form, the lines with at least one unit. */
function chosenLines(form: FormData) {
  return [...form.entries()]
    .filter(([k]) => k.startsWith('qty:'))
    .map(([k, v]) => ({ itemId: k.slice(4), quantity: Number.parseInt(String(v), 10) || 0 }))
    .filter((l) => l.quantity > 0);
}

/** Asks for a return from the tracking page; the API checks the email and what is returnable. */
export async function requestReturnAction(form: FormData) {
  const orderNumber = text(form, 'orderNumber');
  const email = text(form, 'email');
  const page = trackingHref(orderNumber, email);
  let made = '';
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const items = chosenLines(form);
    if (items.length === 0) throw new ShopperError('Choose how many of which item you want to return.');
    const why = text(form, 'reason');
    if (!why) throw new ShopperError('Tell us why you are returning it.');
    const details = text(form, 'details');
    const r = await requestReturn(store, orderNumber, email, {
      items,
      reason: (details ? `${why}: ${details}` : why).slice(0, 1000),
    });
    made = r.number;
  } catch (error) {
    // The same words as the page itself: a 404 never says which of number or email was wrong.
    if (error instanceof ApiError && error.status === 404)
      back(page, new ShopperError('We could not find an order with that number and email.'));
    back(page, error);
  }
  redirect(`${page}&return=${encodeURIComponent(made)}`);
}
