import Stripe from 'stripe';
import { invalidState } from '../../../platform/errors.ts';
import {
  assertToken,
  type CardDisplay,
  declined,
  type GatewayOutcome,
  gatewayRefused,
  gatewayUnavailable,
  type NextAction,
  type PaymentGateway,
} from './gateway.ts';

export type StripeApi = { host: string; port: number; protocol: 'http' | 'https' };

/** `STRIPE_API_BASE` (e.g. `http://127.0.0.1:12111`) as the SDK's host/port/protocol options. */
export function stripeApiFrom(base: string | undefined): StripeApi | null {
  if (!base) return null;
  const url = new URL(base);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: Number(url.port || (protocol === 'http' ? 80 : 443)), protocol };
}

const cardOf = (pm: string | Stripe.PaymentMethod | null | undefined): CardDisplay | null => {
  if (!pm || typeof pm === 'string' || !pm.card) return null;
  return {
    brand: pm.card.brand,
    last4: pm.card.last4,
    expMonth: pm.card.exp_month,
    expYear: pm.card.exp_year,
  };
};

/** A bank page to visit, or (the Payment Element's way) a check Stripe.js runs in the shop's page. */
function nextActionOf(pi: Stripe.PaymentIntent): NextAction | null {
  const url = pi.next_action?.redirect_to_url?.url;
  if (url) return { type: 'redirect', url };
  if (pi.next_action?.type === 'use_stripe_sdk' && pi.client_secret)
    return { type: 'stripe_sdk', clientSecret: pi.client_secret };
  return null;
}

function outcome(pi: Stripe.PaymentIntent): GatewayOutcome {
  const card = cardOf(pi.payment_method);
  switch (pi.status) {
    case 'succeeded':
      return { status: 'CAPTURED', reference: pi.id, card };
    case 'requires_capture':
      return { status: 'AUTHORIZED', reference: pi.id, card };
    case 'requires_action':
      return { status: 'REQUIRES_ACTION', reference: pi.id, card, nextAction: nextActionOf(pi) };
    case 'processing':
      return { status: 'PENDING', reference: pi.id, card };
    default:
      throw declined(`The payment was not completed (${pi.status})`);
  }
}

/**
 * Card errors are declines (402); a request Stripe turns down (invalid_request_error, e.g. the
 * charge is already refunded) is GATEWAY_REFUSED (409) with Stripe's message and code; Stripe
 * failing or out of reach (api_error, connection, rate limit, auth) is GATEWAY_UNAVAILABLE (502).
 */
async function call<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof Stripe.errors.StripeCardError) throw declined(err.message || 'The card was declined');
    if (
      err instanceof Stripe.errors.StripeInvalidRequestError ||
      err instanceof Stripe.errors.StripeIdempotencyError
    )
      throw gatewayRefused(`Stripe refused the ${what}: ${err.message}`, {
        gateway: 'stripe',
        gatewayCode: err.code ?? err.type,
      });
    if (err instanceof Stripe.errors.StripeError)
      throw gatewayUnavailable(`Stripe could not complete the ${what} (${err.type}); try again later`, {
        gateway: 'stripe',
        gatewayCode: err.code ?? err.type,
      });
    throw err;
  }
}

/** Stripe through the official SDK: PaymentIntents (confirm at once), capture, cancel, refunds. */
export function stripeGateway(settings: Record<string, unknown>, api: StripeApi | null): PaymentGateway {
  const secretKey = typeof settings.secretKey === 'string' ? settings.secretKey : '';
  if (!secretKey) throw invalidState('This Stripe payment method has no secretKey');
  const stripe = new Stripe(secretKey, { maxNetworkRetries: 1, timeout: 20_000, ...(api ?? {}) });
  return {
    provider: 'stripe',
    authorize: (input) =>
      call('payment', async () => {
        const pi = await stripe.paymentIntents.create(
          {
            amount: input.amountMinor,
            currency: input.currency.toLowerCase(),
            payment_method: assertToken(input.token),
            confirm: true,
            capture_method: input.capture ? 'automatic' : 'manual',
            automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
            ...(input.customerReference ? { customer: input.customerReference } : {}),
            ...(input.description ? { description: input.description } : {}),
            expand: ['payment_method'],
          },
          { idempotencyKey: input.idempotencyKey },
        );
        return outcome(pi);
      }),
    capture: (reference, amountMinor) =>
      call('capture', async () =>
        outcome(
          await stripe.paymentIntents.capture(reference, {
            amount_to_capture: amountMinor,
            expand: ['payment_method'],
          }),
        ),
      ),
    confirm: (reference) =>
      call('confirmation', async () =>
        outcome(await stripe.paymentIntents.retrieve(reference, { expand: ['payment_method'] })),
      ),
    void: (reference) =>
      call('cancellation', async () => {
        await stripe.paymentIntents.cancel(reference);
      }),
    refund: (input) =>
      call('refund', async () => {
        const refund = await stripe.refunds.create(
          {
            payment_intent: input.reference,
            amount: input.amountMinor,
            ...(input.metadata ? { metadata: input.metadata } : {}),
          },
          { idempotencyKey: input.idempotencyKey },
        );
        // Card refunds succeed (or stay pending) at once; a failed or canceled one gave nothing back.
        if (refund.status === 'failed' || refund.status === 'canceled')
          throw gatewayRefused(`Stripe could not refund this payment (${refund.status})`, {
            gateway: 'stripe',
            gatewayCode: refund.failure_reason ?? refund.status,
          });
        return { reference: refund.id };
      }),
    saveMethod: (token, customer) =>
      call('card', async () => {
        const created = await stripe.customers.create(customer.email ? { email: customer.email } : {});
        const pm = await stripe.paymentMethods.attach(assertToken(token), { customer: created.id });
        return { token: pm.id, customerReference: created.id, card: cardOf(pm) };
      }),
  };
}
