import { randomUUID } from 'node:crypto';
import { asLastStatement, onRollback, type TenantTx } from '../../platform/db/pool.ts';
import { conflict, invalid, invalidState } from '../../platform/errors.ts';
import type { CartService, CartViewer, PricedCartLine } from '../cart/index.ts';
import { type CartCatalog, computeTotals, needsShipping, readChange } from '../cart/index.ts';
import type { InventoryService } from '../inventory/index.ts';
import { type Address, type NewOrder, type OrderService, orderPlacement } from '../orders/index.ts';
import type { GatewayFactory, PaymentMethodRow, SavedMethodService } from '../payments/index.ts';
import { useCoupon } from '../pricing/index.ts';
import {
  compensate,
  type ExecutedPayment,
  executePayments,
  methodsRead,
  type PlannedPayment,
  paymentRows,
  paymentStatusOf,
  planPayments,
} from './checkout.payments.ts';
import type { CheckoutInput } from './checkout.validators.ts';

export type CheckoutDeps = {
  carts: CartService;
  catalog: CartCatalog;
  inventory: Pick<InventoryService, 'allocate'>;
  orders: OrderService;
  gateways: GatewayFactory;
  saved: SavedMethodService;
};

type Shopper = { customerId: string | null };

/**
 * Checkout: one transaction (the request's) that re-prices the cart, redeems gift cards, authorises
 * the card payments, counts coupon uses, turns the cart's holds into allocations, creates the
 * order with its items and payments, converts the cart and records `order.placed`. Any failure,
 * the COMMIT's included, rolls it back and voids the authorisations (onRollback); once committed,
 * the caller captures them (checkout.settle.ts): a saga of authorise, commit, capture.
 */
export function createCheckoutService(deps: CheckoutDeps) {
  return {
    async checkout(
      tx: TenantTx,
      storeId: string,
      input: CheckoutInput,
      shopper: Shopper | 'admin',
      idempotencyKey?: string,
    ) {
      const viewer: CartViewer = shopper === 'admin' ? 'admin' : shopper;
      const { cart, items } = await deps.carts.lockForCheckout(tx, storeId, input.cartId, viewer);
      const active = items.filter((i) => !i.savedForLater);
      if (active.length === 0) throw invalidState('The cart is empty');
      const customerId = shopper === 'admin' ? cart.customerId : (shopper.customerId ?? cart.customerId);
      const email = input.email ?? cart.email;
      const shippingAddress: Address | null = input.shippingAddress ?? cart.shippingAddress;
      const chosenMethodId = input.shippingMethodId ?? cart.shippingMethodId;
      // Reads first, in one statement: what the totals need and the payment methods named.
      const read = await readChange(
        tx,
        deps.catalog,
        { storeId, couponCodes: cart.couponCodes, shippingMethodId: chosenMethodId, shippingAddress },
        active,
        { methods: methodsRead(tx, storeId, input.payments) },
      );
      // Current prices of the cart's lines (checkout never trusts the prices stored on the cart).
      const lines = active.map((item, i) => ({
        ...(read.priced[i] as PricedCartLine),
        id: item.id,
        quantity: item.quantity,
      }));
      // A cart of DIGITAL lines only ships nothing: no address needed, no shipping method charged.
      const shippable = needsShipping(lines);
      const shippingMethodId = shippable ? chosenMethodId : null;
      const totals = await computeTotals(
        tx,
        { storeId, couponCodes: cart.couponCodes, shippingMethodId, shippingAddress },
        lines,
        read.inputs,
      );
      // Every missing or unusable field at once, so a form can mark them all in one round trip.
      const problems = [
        ...(email ? [] : [{ path: 'email', message: 'is required' }]),
        ...(shippingAddress || !shippable ? [] : [{ path: 'shippingAddress', message: 'is required' }]),
        ...(shippingAddress && shippingMethodId && (!totals.shippingMethod || !totals.shippingAvailable)
          ? [{ path: 'shippingMethodId', message: 'is not available for this cart and address' }]
          : []),
        ...(input.payments.length === 0 && totals.totalMinor > 0
          ? [{ path: 'payments', message: 'a payment is required' }]
          : []),
      ];
      if (problems.length > 0) throw invalid('The checkout is not complete', problems);

      const lost = cart.couponCodes.filter((c) => !totals.couponRows.some((r) => r.code === c));
      if (lost.length > 0)
        throw conflict('COUPON_UNAVAILABLE', `The coupon ${lost[0]} can no longer be used`, {
          couponCode: lost[0],
        });

      const plan = await planPayments(tx, input.payments, {
        storeId,
        currency: totals.currency,
        totalMinor: totals.totalMinor,
        customerId,
        saved: deps.saved,
        methods: read.also.methods as unknown as PaymentMethodRow[],
      });
      const orderId = randomUUID();
      // The gateway is called before the guarded statements below take their rows (the coupon's,
      // the item's stock, then the store's order counter): those stay locked until COMMIT, and a
      // hot item's buyers queue on its row, so none of them may wait on a gateway's answer.
      const done = await executePayments(tx, plan, {
        storeId,
        orderId,
        currency: totals.currency,
        gateways: deps.gateways,
        // Per attempt: a retry after a voided attempt (commit failed, owner died) must authorise
        // anew, not have the gateway replay the voided authorisation (or refuse new parameters).
        idempotencyKey: idempotencyKey ? `${idempotencyKey}:${orderId}` : orderId,
      });
      // Whatever stops this transaction from committing (a coupon used up or stock gone since the
      // cart held it, a later statement, the COMMIT itself), the authorisations are voided: the
      // saga's compensation.
      onRollback(tx, () => compensate(done, deps.gateways));
      const customerKey = customerId ?? (email as string).toLowerCase();
      // Only coupons that gave something are used up (a minimum not met, or no eligible line, is not a use).
      const applied = totals.couponRows.filter((r) =>
        totals.coupons.some((c) => c.code === r.code && c.applied),
      );
      for (const coupon of applied) await useCoupon(tx, coupon, customerKey);
      await deps.inventory.allocate(tx, {
        reference: cart.id,
        orderReference: orderId,
        lines: lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
      });
      return placeOrder(tx, {
        storeId,
        orderId,
        cart,
        lines,
        totals,
        done,
        plan,
        customerId,
        email: email as string,
        shippingAddress,
        shippingMethodId,
        input,
      });
    },
  };

  async function placeOrder(
    tx: TenantTx,
    o: {
      storeId: string;
      orderId: string;
      cart: { id: string; couponCodes: string[] };
      lines: PricedCartLine[];
      totals: Awaited<ReturnType<typeof computeTotals>>;
      done: ExecutedPayment[];
      plan: PlannedPayment[];
      customerId: string | null;
      email: string;
      shippingAddress: Address | null;
      shippingMethodId: string | null;
      input: CheckoutInput;
    },
  ) {
    const { totals } = o;
    const paymentStatus = paymentStatusOf(
      o.done.map((p) => ({ status: p.status, amountMinor: p.planned.amountMinor })),
      totals.totalMinor,
    );
    if (o.input.savePaymentMethod && o.customerId) {
      const card = o.done.find(
        (p) => p.planned.kind === 'method' && p.planned.method.provider !== 'manual' && !p.planned.savedId,
      );
      if (card?.planned.kind === 'method' && card.planned.token)
        await deps.saved.save(tx, {
          storeId: o.storeId,
          customerId: o.customerId,
          email: o.email,
          paymentMethodId: card.planned.method.id,
          token: card.planned.token,
        });
    }
    const payments = paymentRows(o.orderId, totals.currency, o.done, o.plan);
    const order: NewOrder & { id: string } = {
      id: o.orderId,
      storeId: o.storeId,
      currency: totals.currency,
      source: 'CHECKOUT',
      customerId: o.customerId,
      customerEmail: o.email,
      customerName: null,
      items: o.lines.map((l, i) => {
        const p = totals.lines[i];
        return {
          listingId: l.listingId,
          productId: l.productId,
          variantId: l.variantId,
          sku: l.sku,
          title: l.title,
          unitPriceMinor: l.unitPriceMinor,
          quantity: l.quantity,
          subtotalMinor: p?.subtotalMinor ?? 0,
          discountMinor: p?.discountMinor ?? 0,
          taxMinor: p?.taxMinor ?? 0,
          totalMinor: p?.totalMinor ?? 0,
          taxCategory: l.taxCategory,
        };
      }),
      shippingAddress: o.shippingAddress,
      billingAddress: o.input.billingAddress ?? o.shippingAddress,
      shippingMethod: totals.shippingMethod?.name ?? null,
      shippingMethodId: totals.shippingMethod?.id ?? null,
      subtotalMinor: totals.subtotalMinor,
      discountMinor: totals.discountMinor,
      shippingMinor: totals.shippingMinor,
      taxMinor: totals.taxMinor,
      totalMinor: totals.totalMinor,
      couponCodes: totals.couponRows
        .filter((r) => totals.coupons.some((c) => c.code === r.code && c.applied))
        .map((c) => c.code),
      customerNotes: o.input.customerNotes ?? null,
      cartId: o.cart.id,
      paymentStatus,
      paymentDetails: { shippingTaxAmountMinor: totals.shippingTaxMinor, payments: o.done.length },
    };
    // The last statement: order, number, items, payments, the cart converted and `order.placed`.
    // The store's counter row stays locked until commit, so the COMMIT goes with it when it may.
    return asLastStatement(tx, () =>
      orderPlacement.place(tx, order, payments, [deps.carts.convertedCte(tx, o.cart.id, o.orderId)]),
    );
  }
}
export type CheckoutService = ReturnType<typeof createCheckoutService>;
