import Stripe from 'stripe';
import type { TenantTx } from '../../platform/db/pool.ts';
import { DomainError, invalid } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';

// Only `webhooks.constructEvent` is used: it needs no API key, but the SDK wants one.
const verifier = new Stripe('sk_webhook_verification_only');

export type PaymentUpdate = { orderId: string; paymentId: string; status: 'CAPTURED' | 'FAILED' };

/**
 * A Stripe webhook for one store: the signature (`Stripe-Signature`, HMAC over the raw body) must
 * match the `webhookSecret` of one of the store's Stripe payment methods, else 400 and nothing
 * changes. `payment_intent.succeeded` captures our payment, `payment_intent.payment_failed` fails
 * it; a repeat delivery changes nothing more.
 */
export async function handleStripeWebhook(
  tx: TenantTx,
  storeId: string,
  raw: Buffer | undefined,
  signature: string | undefined,
): Promise<PaymentUpdate | null> {
  if (!raw || !signature) throw invalid('A signed Stripe event is required');
  const methods = await tx
    .selectFrom('paymentMethods')
    .select('settings')
    .where('storeId', '=', storeId)
    .where('provider', '=', 'stripe')
    .execute();
  let event: Stripe.Event | null = null;
  for (const m of methods) {
    const secret = m.settings.webhookSecret;
    if (typeof secret !== 'string') continue;
    try {
      event = verifier.webhooks.constructEvent(raw, signature, secret);
      break;
    } catch {
      // try the next method's secret
    }
  }
  if (!event) throw new DomainError('INVALID', 'INVALID_SIGNATURE', 'The webhook signature does not match');
  const status =
    event.type === 'payment_intent.succeeded'
      ? 'CAPTURED'
      : event.type === 'payment_intent.payment_failed'
        ? 'FAILED'
        : null;
  if (!status) return null;
  const intent = event.data.object as Stripe.PaymentIntent;
  const payment = await tx
    .selectFrom('payments')
    .select(['id', 'orderId', 'status'])
    .where('provider', '=', 'stripe')
    .where('gatewayReference', '=', intent.id)
    .executeTakeFirst();
  if (!payment || payment.status === status || payment.status === 'REFUNDED') return null;
  await tx
    .updateTable('payments')
    .set({ status, updatedAt: new Date() })
    .where('id', '=', payment.id)
    .execute();
  await recordEvent(tx, `payment.${status === 'CAPTURED' ? 'captured' : 'failed'}`, {
    paymentId: payment.id,
    orderId: payment.orderId,
    gateway: 'stripe',
    eventId: event.id,
  });
  return { orderId: payment.orderId, paymentId: payment.id, status };
}
