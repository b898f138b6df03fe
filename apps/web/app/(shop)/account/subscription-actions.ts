'use server';
// Subscribe and save (from a product page) and managing subscriptions (account).
import { redirect } from 'next/navigation';
import * as account from '@/lib/api/account';
import { assertCsrf } from '@/lib/csrf';
import { back, ShopperError, text } from '@/lib/forms';
import { shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';

const SUBSCRIPTIONS = '/account/subscriptions';

/** Subscribes the signed-in shopper with their default address and first saved card. */
export async function subscribeToPlan(form: FormData) {
  const slug = text(form, 'slug');
  const productPage = `/p/${encodeURIComponent(slug)}`;
  const [store, token] = await Promise.all([requireStore(), shopperToken()]);
  if (!token) redirect(`/account/login?next=${encodeURIComponent(productPage)}`);
  try {
    await assertCsrf(form);
    const [cards, addresses] = await Promise.all([
      account.savedCards(store, token),
      account.addresses(store, token),
    ]);
    const card = cards[0];
    const address = addresses.find((a) => a.isDefault) ?? addresses[0];
    if (!card)
      throw new ShopperError('Save a card first (Account, Payment methods): renewals are charged to it.');
    if (!address) throw new ShopperError('Add a delivery address first (Account, Addresses).');
    const { id: _id, isDefault: _d, ...shippingAddress } = address;
    await account.subscribe(store, token, {
      planId: text(form, 'planId'),
      quantity: Math.max(1, Number.parseInt(text(form, 'quantity'), 10) || 1),
      savedPaymentMethodId: card.id,
      shippingAddress,
    });
  } catch (error) {
    back(productPage, error);
  }
  redirect(`${SUBSCRIPTIONS}?saved=subscribed`);
}

export async function changeSubscription(form: FormData) {
  const verb = text(form, 'verb');
  try {
    await assertCsrf(form);
    if (verb !== 'pause' && verb !== 'resume' && verb !== 'cancel') throw new ShopperError('Unknown action.');
    const [store, token] = await Promise.all([requireStore(), shopperToken()]);
    if (!token) redirect(`/account/login?next=${SUBSCRIPTIONS}`);
    await account.changeSubscription(store, token, text(form, 'id'), verb);
  } catch (error) {
    back(SUBSCRIPTIONS, error);
  }
  redirect(`${SUBSCRIPTIONS}?saved=${verb}`);
}
