import type { Insertable } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { type FieldError, invalid } from '../../platform/errors.ts';
import { fromMinor, toMinor } from '../../platform/money.ts';
import type {
  GatewayFactory,
  GatewayOutcome,
  PaymentMethodRow,
  PaymentRecordStatus,
  PaymentsTable,
  SavedMethodService,
} from '../payments/index.ts';
import { giftCardService } from '../pricing/index.ts';
import type { PaymentEntry } from './checkout.validators.ts';

export type PlannedPayment =
  | { kind: 'gift_card'; code: string; amountMinor: number }
  | {
      kind: 'method';
      method: PaymentMethodRow;
      amountMinor: number;
      token: string | null;
      savedId: string | null;
    };

export type ExecutedPayment = {
  planned: PlannedPayment;
  status: PaymentRecordStatus;
  outcome: GatewayOutcome | null;
  giftCardId: string | null;
  /** Only authorised here; captured once the order has committed (see checkout.settle.ts). */
  captureOnCommit: boolean;
};

type PlanContext = {
  storeId: string;
  /** The store's active payment methods of the entries, read beforehand (see `methodsQuery`). */
  methods?: PaymentMethodRow[];
  currency: string;
  totalMinor: number;
  customerId: string | null;
  saved: SavedMethodService;
};

/** Amounts per entry: one entry may leave `amount` out and take what the others leave. */
function amounts(entries: PaymentEntry[], ctx: PlanContext, errors: FieldError[]): number[] {
  const given = entries.map((e) => (e.amount === undefined ? null : toMinor(e.amount, ctx.currency)));
  const open = given.filter((a) => a === null).length;
  if (open > 1) errors.push({ path: 'payments', message: 'at most one payment may leave out its amount' });
  const fixed = given.reduce<number>((a, b) => a + (b ?? 0), 0);
  const result = given.map((a) => a ?? ctx.totalMinor - fixed);
  result.forEach((a, i) => {
    if (a <= 0) errors.push({ path: `payments.${i}.amount`, message: 'must be more than zero' });
  });
  const sum = result.reduce((a, b) => a + b, 0);
  if (open <= 1 && sum !== ctx.totalMinor)
    errors.push({
      path: 'payments',
      message: `the payments add up to ${fromMinor(sum, ctx.currency)}, not the total ${fromMinor(ctx.totalMinor, ctx.currency)}`,
    });
  return result;
}

/** Validates the payments of a checkout against the total and the store's methods (400 on any error). */
export async function planPayments(
  tx: TenantTx,
  entries: PaymentEntry[],
  ctx: PlanContext,
): Promise<PlannedPayment[]> {
  const errors: FieldError[] = [];
  if (entries.length === 0 && ctx.totalMinor > 0)
    errors.push({ path: 'payments', message: 'a payment is required' });
  const split = entries.length > 0 ? amounts(entries, ctx, errors) : [];
  const plan: PlannedPayment[] = [];
  for (const [i, entry] of entries.entries()) {
    const amountMinor = split[i] ?? 0;
    if (entry.giftCardCode) {
      plan.push({ kind: 'gift_card', code: entry.giftCardCode, amountMinor });
      continue;
    }
    let methodId = entry.paymentMethodId ?? null;
    let token = entry.token ?? null;
    let savedId: string | null = null;
    if (entry.savedPaymentMethodId) {
      const saved = ctx.customerId
        ? await ctx.saved.find(tx, ctx.storeId, ctx.customerId, entry.savedPaymentMethodId)
        : undefined;
      if (!saved) {
        errors.push({
          path: `payments.${i}.savedPaymentMethodId`,
          message: 'is not a saved method of this customer',
        });
        continue;
      }
      methodId = saved.paymentMethodId;
      token = saved.gatewayToken;
      savedId = saved.id;
    }
    // Read beforehand when the entry named it; a saved method's is read here.
    const method = !methodId
      ? undefined
      : (ctx.methods?.find((m) => m.id === methodId) ??
        (await tx
          .selectFrom('paymentMethods')
          .selectAll()
          .where('storeId', '=', ctx.storeId)
          .where('id', '=', methodId)
          .where('isActive', '=', true)
          .executeTakeFirst()));
    if (!method) {
      errors.push({
        path: `payments.${i}.paymentMethodId`,
        message: 'is not an active payment method of this store',
      });
      continue;
    }
    if (method.provider !== 'manual' && !token)
      errors.push({ path: `payments.${i}.token`, message: `is required for ${method.provider} payments` });
    plan.push({ kind: 'method', method, amountMinor, token, savedId });
  }
  if (errors.length > 0) throw invalid('The payments are not valid', errors);
  return plan;
}

/**
 * The store's active payment methods the entries name (saved methods aside), as one read for
 * `readTogether`: the checkout sends it with the totals' inputs, then plans with `methods`.
 */
export function methodsRead(tx: TenantTx, storeId: string, entries: PaymentEntry[]) {
  const ids = entries.flatMap((e) => (e.paymentMethodId ? [e.paymentMethodId] : []));
  return {
    query: tx
      .selectFrom('paymentMethods')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('id', 'in', ids.length > 0 ? ids : ['00000000-0000-0000-0000-000000000000'])
      .where('isActive', '=', true),
    dates: ['createdAt', 'updatedAt'],
  };
}

type ExecContext = {
  storeId: string;
  orderId: string;
  currency: string;
  gateways: GatewayFactory;
  idempotencyKey: string;
};

/** Voids or refunds what was already taken at gateways, when a later step fails. */
export async function compensate(done: ExecutedPayment[], gateways: GatewayFactory) {
  for (const p of done) {
    if (p.planned.kind !== 'method' || !p.outcome?.reference) continue;
    const gateway = gateways(p.planned.method);
    if (p.status === 'CAPTURED')
      await gateway
        .refund({
          reference: p.outcome.reference,
          amountMinor: p.planned.amountMinor,
          idempotencyKey: `compensate:${p.outcome.reference}`,
        })
        .catch(() => {});
    else await gateway.void(p.outcome.reference).catch(() => {});
  }
}

/**
 * Takes the payments: gift cards first (guarded UPDATEs in this transaction), then authorisations
 * at gateways (captured after the commit). When a gateway declines, what earlier gateways
 * authorised is voided and the decline (402) propagates, so the transaction rolls back and
 * nothing is left behind.
 */
export async function executePayments(
  tx: TenantTx,
  plan: PlannedPayment[],
  ctx: ExecContext,
): Promise<ExecutedPayment[]> {
  const done: ExecutedPayment[] = [];
  for (const p of plan) {
    if (p.kind !== 'gift_card') continue;
    const { giftCardId } = await giftCardService.redeem(tx, ctx.storeId, p.code, p.amountMinor, ctx.orderId);
    done.push({ planned: p, status: 'CAPTURED', outcome: null, giftCardId, captureOnCommit: false });
  }
  try {
    for (const [i, p] of plan.entries()) {
      if (p.kind !== 'method') continue;
      // Authorise only: money moves (capture) once the order has committed, never before.
      const outcome = await ctx.gateways(p.method).authorize({
        amountMinor: p.amountMinor,
        currency: ctx.currency,
        token: p.token,
        capture: false,
        idempotencyKey: `${ctx.idempotencyKey}:${i}`,
        description: `Order ${ctx.orderId}`,
      });
      const captureOnCommit = p.method.settings.captureMode !== 'manual' && outcome.status === 'AUTHORIZED';
      done.push({ planned: p, status: outcome.status, outcome, giftCardId: null, captureOnCommit });
    }
  } catch (err) {
    await compensate(done, ctx.gateways);
    throw err;
  }
  return done;
}

/** The payment rows of the executed payments (display data only), for the order's placement. */
export function paymentRows(
  orderId: string,
  currency: string,
  done: ExecutedPayment[],
  plan: PlannedPayment[],
) {
  const inOrder = [...done].sort((a, b) => plan.indexOf(a.planned) - plan.indexOf(b.planned));
  // One transaction shares one now(): distinct times keep the payments in the order they were given.
  const base = Date.now();
  return inOrder.map((p, i): Insertable<PaymentsTable> => {
    const card = p.outcome?.card;
    const details: Record<string, unknown> =
      p.planned.kind === 'gift_card'
        ? { giftCardLast4: p.planned.code.replace(/-/g, '').slice(-4) }
        : {
            ...(card
              ? { brand: card.brand, last4: card.last4, expMonth: card.expMonth, expYear: card.expYear }
              : {}),
            ...(p.outcome?.nextAction ? { nextAction: p.outcome.nextAction } : {}),
            ...(p.planned.method.instructions ? { instructions: p.planned.method.instructions } : {}),
            ...(p.planned.savedId ? { savedPaymentMethodId: p.planned.savedId } : {}),
          };
    return {
      orderId,
      paymentMethodId: p.planned.kind === 'method' ? p.planned.method.id : null,
      giftCardId: p.giftCardId,
      provider: p.planned.kind === 'method' ? p.planned.method.provider : ('gift_card' as const),
      status: p.status,
      currency,
      amountMinor: p.planned.amountMinor,
      gatewayReference: p.outcome?.reference ?? null,
      details: JSON.stringify(details),
      captureOnCommit: p.captureOnCommit,
      createdAt: new Date(base + i),
    };
  });
}

/** PAID when everything is captured, PARTIALLY_PAID when some is, else PENDING. */
export function paymentStatusOf(
  done: Array<{ status: PaymentRecordStatus; amountMinor: number }>,
  totalMinor: number,
) {
  const captured = done.filter((p) => p.status === 'CAPTURED').reduce((a, p) => a + p.amountMinor, 0);
  if (captured >= totalMinor) return 'PAID' as const;
  return captured > 0 ? ('PARTIALLY_PAID' as const) : ('PENDING' as const);
}
