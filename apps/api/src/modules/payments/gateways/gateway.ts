import { invalid } from '../../../platform/errors.ts';
import { paymentErrors } from '../payments.errors.ts';

/** Display data of a card: what we may store and show. Never a card number or CVV. */
export type CardDisplay = {
  brand: string | null;
  last4: string | null;
  expMonth: number | null;
  expYear: number | null;
};
/**
 * What the shopper must do before the gateway decides: follow a bank's page (`redirect`), or let the
 * gateway's own script run the bank's check in the page (`stripe_sdk`: Stripe.js `handleNextAction`
 * with the PaymentIntent's client secret, which only the paying shopper sees).
 */
export type NextAction = { type: 'redirect'; url: string } | { type: 'stripe_sdk'; clientSecret: string };

export type GatewayOutcome = {
  status: 'CAPTURED' | 'AUTHORIZED' | 'REQUIRES_ACTION' | 'PENDING';
  reference: string | null;
  card: CardDisplay | null;
  nextAction?: NextAction | null;
};

export type AuthorizeInput = {
  amountMinor: number;
  currency: string;
  /** A gateway token (test: `tok_visa`; Stripe: a PaymentMethod id), never card data. */
  token: string | null;
  /** Capture at once (a sale) or only authorize. */
  capture: boolean;
  idempotencyKey: string;
  description?: string;
  /** The gateway's customer, for saved methods. */
  customerReference?: string | null;
};

export type RefundInput = {
  /** The gateway's payment (Stripe: a PaymentIntent id). */
  reference: string;
  amountMinor: number;
  /**
   * The same key for the same refund, so a retry after a failure later in our transaction (which
   * rolls our records back) is answered from the gateway's first reply instead of paying twice.
   */
  idempotencyKey: string;
  /** Our ids, shown with the refund at the gateway. Stable across retries (part of the request). */
  metadata?: Record<string, string>;
};

/**
 * A payment gateway, as ARCHITECTURE.md decision 10 names it. Declines throw `PAYMENT_DECLINED`
 * (402), a request the gateway turns down `GATEWAY_REFUSED` (409), a gateway that fails or cannot
 * be reached `GATEWAY_UNAVAILABLE` (502); every other method is idempotent enough to be retried by
 * compensation.
 */
export interface PaymentGateway {
  readonly provider: 'manual' | 'test' | 'stripe';
  authorize(input: AuthorizeInput): Promise<GatewayOutcome>;
  capture(reference: string, amountMinor: number): Promise<GatewayOutcome>;
  /** Completes a second step (3-D Secure) after the shopper went through it. */
  confirm(reference: string, input: { succeeded: boolean }): Promise<GatewayOutcome>;
  void(reference: string): Promise<void>;
  refund(input: RefundInput): Promise<{ reference: string }>;
  /** Turns a one-time token into a reusable one (with display data) for a customer. */
  saveMethod(
    token: string,
    customer: { email: string | null },
  ): Promise<{ token: string; customerReference: string | null; card: CardDisplay | null }>;
}

export const { declined, gatewayRefused, gatewayUnavailable } = paymentErrors;

/** Card numbers must never reach us: a token that looks like one is refused without echoing it. */
export function assertToken(token: string | null): string {
  if (!token)
    throw invalid('A payment token is required', [{ path: 'payments.token', message: 'is required' }]);
  if (/^[\d\s-]{12,}$/.test(token))
    throw invalid('Send a gateway token, never a card number', [
      { path: 'payments.token', message: 'must be a token' },
    ]);
  return token;
}
