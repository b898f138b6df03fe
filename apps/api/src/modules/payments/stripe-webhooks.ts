import Stripe from 'stripe';
import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { paymentErrors } from './payments.errors.ts';
import { paymentsWrites } from './payments.schema.ts';

// Only `webhooks.constructEvent` is used: it needs no API key, but the SDK wants one.
const verifier = new Stripe('sk_webhook_verification_only');

export type PaymentUpdate = {
  orderId: string;
  paymentId: string;
  status: 'CAPTURED' | 'FAILED' | 'AUTHORIZED';
  /** An authorisation (after 3-D Secure) that the store captures at once: capture it now. */
  captureNow?: boolean;
};

const STATUS_OF_EVENT: Record<string, PaymentUpdate['status']> = {
  'payment_intent.succeeded': 'CAPTURED',
  'payment_intent.payment_failed': 'FAILED',
  'payment_intent.amount_capturable_updated': 'AUTHORIZED',
};

/**
 * A Stripe webhook for one store: the signature (`Stripe-Signature`, HMAC over the raw body) must
 * match the `webhookSecret` of one of the store's Stripe payment methods, else 400 and nothing
 * changes. `payment_intent.succeeded` captures our payment, `payment_intent.payment_failed` fails
 * it; a repeat delivery changes nothing more. Checkout only authorises, so a shopper who passes
 * 3-D Secure leaves the intent `requires_capture`: `payment_intent.amount_capturable_updated`
 * makes the payment AUTHORIZED and, for a method that captures at once, marks it for capture.
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
  if (!event) throw paymentErrors.invalidSignature();
  const status = STATUS_OF_EVENT[event.type] ?? null;
  if (!status) return null;
  const intent = event.data.object as Stripe.PaymentIntent;
  const payment = await tx
    .selectFrom('payments')
    .leftJoin('paymentMethods', 'paymentMethods.id', 'payments.paymentMethodId')
    .select(['payments.id', 'payments.orderId', 'payments.status', 'paymentMethods.settings'])
    .where('payments.provider', '=', 'stripe')
    .where('payments.gatewayReference', '=', intent.id)
    .executeTakeFirst();
  if (!payment || payment.status === status || payment.status === 'REFUNDED') return null;
  // Only a payment still waiting for its second step becomes an authorisation.
  if (status === 'AUTHORIZED' && payment.status !== 'REQUIRES_ACTION') return null;
  const captureNow = status === 'AUTHORIZED' && payment.settings?.captureMode !== 'manual';
  await paymentsWrites(tx)
    .updateTable('payments')
    .set({ status, captureOnCommit: captureNow, updatedAt: new Date() })
    .where('id', '=', payment.id)
    .execute();
  if (status === 'AUTHORIZED') return { orderId: payment.orderId, paymentId: payment.id, status, captureNow };
  await recordEvent(tx, `payment.${status === 'CAPTURED' ? 'captured' : 'failed'}`, {
    paymentId: payment.id,
    orderId: payment.orderId,
    gateway: 'stripe',
    eventId: event.id,
  });
  return { orderId: payment.orderId, paymentId: payment.id, status };
}
