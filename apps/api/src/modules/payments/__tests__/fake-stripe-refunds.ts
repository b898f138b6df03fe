import { randomBytes } from 'node:crypto';

/**
 * `POST /v1/refunds` of the fake Stripe server, as Stripe answers it: a Refund object, or Stripe's
 * error shape when the PaymentIntent has nothing (or not that much) left to refund.
 */

/** A refund as Stripe recorded it, with the request's Idempotency-Key, for tests to assert on. */
export type FakeRefund = {
  id: string;
  object: 'refund';
  amount: number;
  currency: string;
  payment_intent: string;
  charge: string;
  status: 'succeeded';
  reason: string | null;
  metadata: Record<string, string>;
  created: number;
  idempotencyKey: string | null;
};

/**
 * `refuse`: Stripe turns the refund down (400, a disputed charge); `unreachable`: the connection
 * drops before Stripe answers (handled by the server, which never gets here).
 */
export type RefundFailure = 'refuse' | 'unreachable';

export type RefundLedger = {
  refunds: Map<string, FakeRefund[]>;
  failures: Map<string, RefundFailure>;
};

type Intent = { id: string; amount: number; currency: string; status: string };
type Reply = { status: number; body: unknown };

const REASONS = ['duplicate', 'fraudulent', 'requested_by_customer'];

const invalidRequest = (code: string, message: string, param?: string): Reply => ({
  status: code === 'resource_missing' ? 404 : 400,
  body: { error: { type: 'invalid_request_error', code, message, ...(param ? { param } : {}) } },
});

const money = (minor: number) => `$${(minor / 100).toFixed(2)}`;

/** `metadata[key]=value` form fields as an object. */
function metadataOf(form: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(form)) {
    const key = /^metadata\[(.+)\]$/.exec(k)?.[1];
    if (key) out[key] = v;
  }
  return out;
}

/** Creates a refund on `intent` (or says why Stripe would not), recording it in the ledger. */
export function createRefund(
  ledger: RefundLedger,
  form: Record<string, string>,
  intent: Intent | undefined,
  idempotencyKey: string | undefined,
): Reply {
  if (!form.payment_intent && !form.charge)
    return invalidRequest(
      'parameter_missing',
      'One of the following params should be provided: charge, payment_intent.',
    );
  if (!intent)
    return invalidRequest(
      'resource_missing',
      `No such payment_intent: '${form.payment_intent ?? ''}'`,
      'payment_intent',
    );
  const charge = `ch_${intent.id.slice('pi_'.length)}`;
  if (intent.status !== 'succeeded')
    return invalidRequest(
      'payment_intent_unexpected_state',
      `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
    );
  if (ledger.failures.get(intent.id) === 'refuse')
    return invalidRequest(
      'charge_disputed',
      `Charge ${charge} has been charged back; cannot issue a refund.`,
    );
  const done = ledger.refunds.get(intent.id) ?? [];
  const left = intent.amount - done.reduce((n, r) => n + r.amount, 0);
  if (left <= 0)
    return invalidRequest('charge_already_refunded', `Charge ${charge} has already been refunded.`);
  const amount = form.amount === undefined ? left : Number(form.amount);
  if (!Number.isInteger(amount) || amount <= 0)
    return invalidRequest('parameter_invalid_integer', 'Invalid positive integer', 'amount');
  if (amount > left)
    return invalidRequest(
      'amount_too_large',
      `Refund amount (${money(amount)}) is greater than unrefunded amount on charge (${money(left)})`,
      'amount',
    );
  if (form.reason !== undefined && !REASONS.includes(form.reason))
    return invalidRequest('parameter_invalid_string', `Invalid reason: ${form.reason}`, 'reason');
  const refund: FakeRefund = {
    id: `re_${randomBytes(8).toString('hex')}`,
    object: 'refund',
    amount,
    currency: intent.currency,
    payment_intent: intent.id,
    charge,
    status: 'succeeded',
    reason: form.reason ?? null,
    metadata: metadataOf(form),
    created: Math.floor(Date.now() / 1000),
    idempotencyKey: idempotencyKey ?? null,
  };
  ledger.refunds.set(intent.id, [...done, refund]);
  const { idempotencyKey: _key, ...body } = refund;
  return { status: 200, body };
}
