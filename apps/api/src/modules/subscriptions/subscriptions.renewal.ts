import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { DomainError } from '../../platform/errors.ts';
import type { CatalogService } from '../catalog/index.ts';
import type { InventoryService } from '../inventory/index.ts';
import type { OrderService } from '../orders/index.ts';
import { declined, type GatewayFactory, insertPayment } from '../payments/index.ts';
import { priceCart, storeContext, taxRateService } from '../pricing/index.ts';
import type { PlanRow, SubscriptionRow } from './subscriptions.schema.ts';

export type RenewalDeps = {
  catalog: Pick<CatalogService, 'priceLines'>;
  inventory: Pick<InventoryService, 'allocate'>;
  orders: OrderService;
  gateways: GatewayFactory;
};
export type RenewalResult = { ok: true; orderId: string } | { ok: false; error: string };

/** The next renewal date: `from` plus the plan's interval. */
export function advance(from: Date, plan: Pick<PlanRow, 'interval' | 'intervalCount'>): Date {
  const d = new Date(from);
  const n = plan.intervalCount;
  if (plan.interval === 'DAY') d.setUTCDate(d.getUTCDate() + n);
  if (plan.interval === 'WEEK') d.setUTCDate(d.getUTCDate() + 7 * n);
  if (plan.interval === 'MONTH') d.setUTCMonth(d.getUTCMonth() + n);
  if (plan.interval === 'YEAR') d.setUTCFullYear(d.getUTCFullYear() + n);
  return d;
}

/**
 * One renewal: a new order for the plan (stock allocated, tax by the address), paid by the saved
 * method. It runs under a savepoint, so a decline or missing stock leaves nothing behind and the
 * caller records the failure (dunning) in the same transaction.
 */
export function createRenewal(deps: RenewalDeps) {
  return async function renew(tx: TenantTx, sub: SubscriptionRow, plan: PlanRow): Promise<RenewalResult> {
    await sql`savepoint renewal`.execute(tx);
    try {
      const orderId = await placeRenewal(tx, sub, plan);
      await sql`release savepoint renewal`.execute(tx);
      return { ok: true, orderId };
    } catch (err) {
      await sql`rollback to savepoint renewal`.execute(tx);
      if (err instanceof DomainError) return { ok: false, error: err.message };
      throw err;
    }
  };

  async function placeRenewal(tx: TenantTx, sub: SubscriptionRow, plan: PlanRow) {
    const [line] = await deps.catalog.priceLines(tx, sub.storeId, [{ listingId: plan.listingId }]);
    if (!line) throw declined('The subscribed product is no longer sold');
    const ctx = await storeContext(tx, sub.storeId);
    const totals = priceCart({
      pricesIncludeTax: ctx.pricesIncludeTax,
      lines: [
        {
          id: line.variantId,
          productId: line.productId,
          categoryIds: line.categoryIds,
          taxCategory: line.taxCategory,
          unitPriceMinor: plan.priceMinor,
          quantity: sub.quantity,
          weightGrams: line.weightGrams ?? 0,
        },
      ],
      coupons: [],
      shipping: null,
      address: sub.shippingAddress,
      taxRates: await taxRateService.rulesFor(tx, sub.storeId, sub.shippingAddress.country),
    });
    const orderId = randomUUID();
    await deps.inventory.allocate(tx, {
      orderReference: orderId,
      lines: [{ variantId: line.variantId, quantity: sub.quantity }],
    });
    const saved = await tx
      .selectFrom('savedPaymentMethods')
      .selectAll()
      .where('id', '=', sub.savedPaymentMethodId)
      .where('customerId', '=', sub.customerId)
      .executeTakeFirst();
    const method =
      saved &&
      (await tx
        .selectFrom('paymentMethods')
        .selectAll()
        .where('id', '=', saved.paymentMethodId)
        .where('isActive', '=', true)
        .executeTakeFirst());
    if (!saved || !method) throw declined('The saved payment method is gone');
    const outcome = await deps.gateways(method).authorize({
      amountMinor: totals.totalMinor,
      currency: ctx.currency,
      token: saved.gatewayToken,
      capture: true,
      idempotencyKey: `subscription:${sub.id}:${sub.nextRenewalAt.toISOString()}`,
      description: `Subscription ${sub.id}`,
    });
    if (outcome.status !== 'CAPTURED')
      throw declined('The renewal payment needs the customer (not captured)');
    const priced = totals.lines[0];
    await deps.orders.create(tx, {
      id: orderId,
      storeId: sub.storeId,
      currency: ctx.currency,
      source: 'SUBSCRIPTION',
      customerId: sub.customerId,
      customerEmail: sub.email,
      customerName: null,
      items: [
        {
          listingId: line.listingId,
          productId: line.productId,
          variantId: line.variantId,
          sku: line.sku,
          title: `${line.title} (${plan.name})`,
          unitPriceMinor: plan.priceMinor,
          quantity: sub.quantity,
          subtotalMinor: priced?.subtotalMinor ?? 0,
          discountMinor: 0,
          taxMinor: priced?.taxMinor ?? 0,
          totalMinor: priced?.totalMinor ?? 0,
          taxCategory: line.taxCategory,
        },
      ],
      shippingAddress: sub.shippingAddress,
      billingAddress: sub.shippingAddress,
      shippingMethod: null,
      shippingMethodId: null,
      subtotalMinor: totals.subtotalMinor,
      discountMinor: 0,
      shippingMinor: 0,
      taxMinor: totals.taxMinor,
      totalMinor: totals.totalMinor,
      couponCodes: [],
      paymentStatus: 'PAID',
      paymentDetails: { subscriptionId: sub.id },
    });
    if (totals.totalMinor > 0)
      await insertPayment(tx, {
        orderId,
        paymentMethodId: method.id,
        giftCardId: null,
        provider: method.provider,
        status: 'CAPTURED',
        currency: ctx.currency,
        amountMinor: totals.totalMinor,
        gatewayReference: outcome.reference,
        details: JSON.stringify({ brand: saved.brand, last4: saved.last4, savedPaymentMethodId: saved.id }),
      });
    return orderId;
  }
}
