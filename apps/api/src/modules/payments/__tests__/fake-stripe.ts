import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createRefund,
  type FakeRefund,
  type RefundFailure,
  type RefundLedger,
} from './fake-stripe-refunds.ts';

export type { FakeRefund, RefundFailure } from './fake-stripe-refunds.ts';

/**
 * A local HTTP server that speaks the Stripe endpoints our gateway calls (PaymentIntents create /
 * retrieve / capture / cancel, refunds, customers, payment method attach), so the official SDK is
 * exercised for real. Test payment methods follow Stripe's names: pm_card_visa,
 * pm_card_chargeDeclined, pm_card_threeDSecureRequired (a bank page), pm_card_authenticationRequired
 * (the check Stripe.js runs in the page, `use_stripe_sdk`). Like Stripe, an `Idempotency-Key` replays
 * the first reply, and reusing one with other parameters is a 400 `idempotency_error`.
 */
export type FakeStripe = {
  url: string;
  requests: Array<{ method: string; path: string; form: Record<string, string>; idempotencyKey?: string }>;
  /** The shopper passes 3-D Secure: the intent succeeds (or awaits capture, for manual capture). */
  completeAction(intentId: string, status?: 'succeeded' | 'requires_capture'): void;
  /** Our PaymentIntents for an order (their description names it), oldest first. */
  intentsOf(orderId: string): string[];
  /** The refunds Stripe made on a PaymentIntent, oldest first (empty when none). */
  refundsOf(intentId: string): FakeRefund[];
  /**
   * The next PaymentIntent creations wait until `release()` (a gateway that is slow to answer):
   * `arrived` resolves when the first of them has reached the server.
   */
  holdIntents(): { arrived: Promise<void>; release(): void };
  /** Every PaymentIntent made so far, oldest first. */
  allIntents(): Array<{ id: string; status: string; description: string | null }>;
  /** The status of a PaymentIntent (`requires_capture`, `succeeded`, `canceled`, …). */
  statusOf(intentId: string): string | undefined;
  /** While on, captures fail as Stripe failing would (500 api_error). */
  failCaptures(on: boolean): void;
  /** From now on, refunds of this intent are refused (400) or never answered; null heals it. */
  failRefunds(intentId: string, failure: RefundFailure | null): void;
  close(): Promise<void>;
};

const CARDS: Record<string, { brand: string; last4: string }> = {
  pm_card_visa: { brand: 'visa', last4: '4242' },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444' },
  pm_card_chargeDeclined: { brand: 'visa', last4: '0002' },
  pm_card_threeDSecureRequired: { brand: 'visa', last4: '3155' },
  pm_card_authenticationRequired: { brand: 'visa', last4: '3184' },
};

const id = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;
const pm = (pmId: string, customer: string | null = null) => ({
  id: pmId,
  object: 'payment_method',
  type: 'card',
  customer,
  card: { ...(CARDS[pmId] ?? { brand: 'visa', last4: '4242' }), exp_month: 12, exp_year: 2034 },
});

const idempotencyMismatch = (key: string) => ({
  status: 400,
  body: {
    error: {
      type: 'idempotency_error',
      message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    },
  },
});

async function readForm(req: IncomingMessage) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return Object.fromEntries(new URLSearchParams(text));
}

export async function startFakeStripe(secretKey: string): Promise<FakeStripe> {
  const intents = new Map<string, Record<string, unknown>>();
  const replies = new Map<string, { params: string; reply: { status: number; body: unknown } }>();
  const ledger: RefundLedger = { refunds: new Map(), failures: new Map() };
  const requests: FakeStripe['requests'] = [];
  let hold: { gate: Promise<void>; arrive(): void } | null = null;
  let capturesFail = false;

  function createIntent(form: Record<string, string>) {
    const method = form.payment_method ?? '';
    if (!CARDS[method])
      return {
        status: 400,
        body: {
          error: {
            type: 'invalid_request_error',
            code: 'resource_missing',
            message: `No such PaymentMethod: '${method}'`,
          },
        },
      };
    if (method === 'pm_card_chargeDeclined')
      return {
        status: 402,
        body: {
          error: {
            type: 'card_error',
            code: 'card_declined',
            decline_code: 'generic_decline',
            message: 'Your card was declined.',
          },
        },
      };
    const intentId = id('pi');
    const inPage = method === 'pm_card_authenticationRequired';
    const status =
      method === 'pm_card_threeDSecureRequired' || inPage
        ? 'requires_action'
        : form.capture_method === 'manual'
          ? 'requires_capture'
          : 'succeeded';
    const intent = {
      id: intentId,
      object: 'payment_intent',
      amount: Number(form.amount),
      currency: form.currency,
      capture_method: form.capture_method,
      description: form.description ?? null,
      payment_method: pm(method),
      status,
      client_secret: `${intentId}_secret_${randomBytes(8).toString('hex')}`,
      next_action:
        status !== 'requires_action'
          ? null
          : inPage
            ? { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect' } }
            : {
                type: 'redirect_to_url',
                redirect_to_url: { url: `https://hooks.stripe.test/3ds/${intentId}`, return_url: null },
              },
    };
    intents.set(intentId, intent);
    return { status: 200, body: intent };
  }

  function route(
    method: string,
    path: string,
    form: Record<string, string>,
    idempotencyKey: string | undefined,
  ): { status: number; body: unknown } {
    const intentPath = /^\/v1\/payment_intents\/([^/]+)(\/capture|\/cancel)?$/.exec(path);
    if (method === 'POST' && path === '/v1/payment_intents') return createIntent(form);
    if (intentPath) {
      const intent = intents.get(intentPath[1] ?? '');
      if (!intent)
        return {
          status: 404,
          body: { error: { type: 'invalid_request_error', message: 'No such payment_intent' } },
        };
      if (intentPath[2] === '/capture' && capturesFail)
        return { status: 500, body: { error: { type: 'api_error', message: 'Something went wrong' } } };
      if (intentPath[2] === '/capture') intent.status = 'succeeded';
      if (intentPath[2] === '/cancel') intent.status = 'canceled';
      return { status: 200, body: intent };
    }
    if (method === 'POST' && path === '/v1/refunds') {
      const intent = intents.get(form.payment_intent ?? '');
      return createRefund(
        ledger,
        form,
        intent && {
          id: String(intent.id),
          amount: Number(intent.amount),
          currency: String(intent.currency),
          status: String(intent.status),
        },
        idempotencyKey,
      );
    }
    if (method === 'POST' && path === '/v1/customers')
      return { status: 200, body: { id: id('cus'), object: 'customer', email: form.email ?? null } };
    const attach = /^\/v1\/payment_methods\/([^/]+)\/attach$/.exec(path);
    if (method === 'POST' && attach) return { status: 200, body: pm(attach[1] ?? '', form.customer ?? null) };
    return {
      status: 404,
      body: {
        error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path})` },
      },
    };
  }

  const server: Server = createServer(async (req, res) => {
    const form = await readForm(req);
    const path = (req.url ?? '').split('?')[0] ?? '';
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    requests.push({ method: req.method ?? '', path, form, idempotencyKey });
    if (hold && path === '/v1/payment_intents') {
      hold.arrive();
      await hold.gate;
    }
    // Stripe out of reach: the connection drops before any answer (the SDK retries, then gives up).
    if (path === '/v1/refunds' && ledger.failures.get(form.payment_intent ?? '') === 'unreachable') {
      req.socket.destroy();
      return;
    }
    let reply: { status: number; body: unknown };
    if (req.headers.authorization !== `Bearer ${secretKey}`)
      reply = {
        status: 401,
        body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } },
      };
    else {
      const params = JSON.stringify([req.method, path, form]);
      const saved = idempotencyKey ? replies.get(idempotencyKey) : undefined;
      if (saved && saved.params !== params) reply = idempotencyMismatch(idempotencyKey ?? '');
      else if (saved) reply = saved.reply;
      else {
        reply = route(req.method ?? 'GET', path, form, idempotencyKey);
        if (idempotencyKey) replies.set(idempotencyKey, { params, reply });
      }
    }
    res.writeHead(reply.status, { 'content-type': 'application/json', 'request-id': id('req') });
    res.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    completeAction(intentId, status = 'succeeded') {
      const intent = intents.get(intentId);
      if (intent) {
        intent.status = status;
        intent.next_action = null;
      }
    },
    intentsOf: (orderId) =>
      [...intents.values()].filter((i) => i.description === `Order ${orderId}`).map((i) => String(i.id)),
    allIntents: () =>
      [...intents.values()].map((i) => ({
        id: String(i.id),
        status: String(i.status),
        description: (i.description as string | null) ?? null,
      })),
    statusOf: (intentId) => intents.get(intentId)?.status as string | undefined,
    failCaptures(on) {
      capturesFail = on;
    },
    holdIntents() {
      let release = () => {};
      let arrive = () => {};
      const gate = new Promise<void>((r) => {
        release = r;
      });
      const arrived = new Promise<void>((r) => {
        arrive = r;
      });
      hold = { gate, arrive };
      return {
        arrived,
        release: () => {
          hold = null;
          release();
        },
      };
    },
    refundsOf: (intentId) => [...(ledger.refunds.get(intentId) ?? [])],
    failRefunds(intentId, failure) {
      if (failure) ledger.failures.set(intentId, failure);
      else ledger.failures.delete(intentId);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
