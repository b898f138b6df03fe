import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { invalidState, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { listEnvelope, parseSort } from '../../platform/http/schemas.ts';
import { toMinor } from '../../platform/money.ts';
import { paymentsOfOrders, toPaymentDto } from '../payments/index.ts';
import { storeContext } from '../pricing/index.ts';
import { invoicePdf, packingSlipPdf } from './order-documents.ts';
import { toOrderDto } from './orders.dto.ts';
import * as repo from './orders.repository.ts';
import type {
  Address,
  OrderRow,
  OrderSource,
  OrderStatus,
  OrdersTable,
  PaymentStatus,
} from './orders.schema.ts';
import {
  type CreateOrderInput,
  createdFromBound,
  createdToBound,
  type OrderListInput,
  type UpdateOrderInput,
} from './orders.validators.ts';

export type NewOrderItem = {
  listingId: string | null;
  productId: string | null;
  variantId: string | null;
  sku: string | null;
  title: string;
  unitPriceMinor: number;
  quantity: number;
  subtotalMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
  taxCategory: string | null;
};

export type NewOrder = {
  id?: string;
  storeId: string;
  currency: string;
  source: OrderSource;
  customerId: string | null;
  customerEmail: string | null;
  customerName: string | null;
  items: NewOrderItem[];
  shippingAddress: Address | null;
  billingAddress: Address | null;
  shippingMethod: string | null;
  shippingMethodId: string | null;
  subtotalMinor: number;
  discountMinor: number;
  shippingMinor: number;
  taxMinor: number;
  totalMinor: number;
  couponCodes: string[];
  notes?: string | null;
  customerNotes?: string | null;
  internalNotes?: string | null;
  cartId?: string | null;
  status?: OrderStatus;
  paymentStatus?: PaymentStatus;
  paymentDetails?: Record<string, unknown>;
};

/** Hooks from modules that orders must not import (inventory), wired in server.ts. */
export type OrderDeps = {
  /** Allocates stock for a manual order's lines that name a variant. */
  allocate?(
    tx: TenantTx,
    orderId: string,
    lines: Array<{ variantId: string; quantity: number }>,
  ): Promise<void>;
};

const customerName = (a: Address | null) => (a ? `${a.firstName} ${a.lastName}`.trim() : null);
// Forward moves only through PUT; cancel/return have their own endpoints (they move stock and money).
const FLOW: OrderStatus[] = ['PENDING', 'PROCESSING', 'SHIPPED', 'DELIVERED'];

/** The `orders` row of a new order, numbered later (`pending-<id>` until then). */
export function orderRowOf(id: string, o: NewOrder): Insertable<OrdersTable> & { id: string } {
  return {
    id,
    storeId: o.storeId,
    orderNumber: `pending-${id}`,
    orderSeq: null,
    customerId: o.customerId,
    placedByCustomer: o.customerId !== null,
    customerEmail: o.customerEmail,
    customerName: o.customerName ?? customerName(o.billingAddress ?? o.shippingAddress),
    status: o.status ?? 'PENDING',
    paymentStatus: o.paymentStatus ?? 'PENDING',
    shippingAddress: JSON.stringify(o.shippingAddress),
    billingAddress: JSON.stringify(o.billingAddress ?? o.shippingAddress),
    shippingMethod: o.shippingMethod,
    shippingMethodId: o.shippingMethodId,
    currency: o.currency,
    subtotalMinor: o.subtotalMinor,
    discountMinor: o.discountMinor,
    shippingMinor: o.shippingMinor,
    taxMinor: o.taxMinor,
    totalMinor: o.totalMinor,
    couponCodes: o.couponCodes,
    notes: o.notes ?? null,
    customerNotes: o.customerNotes ?? null,
    internalNotes: o.internalNotes ?? null,
    paymentDetails: JSON.stringify(o.paymentDetails ?? {}),
    fulfillments: '[]',
    refunds: '[]',
    cartId: o.cartId ?? null,
    source: o.source,
  };
}

export type OrderService = ReturnType<typeof createOrderService>;

/** Orders of a store: numbering, creation (checkout and manual), reads and merchant updates. */
export function createOrderService(deps: OrderDeps = {}) {
  async function load(tx: TenantTx, rows: OrderRow[]) {
    const ids = rows.map((r) => r.id);
    const [items, payments] = await Promise.all([repo.itemsOf(tx, ids), paymentsOfOrders(tx, ids)]);
    return rows.map((o) =>
      toOrderDto(
        o,
        items.filter((i) => i.orderId === o.id),
        payments.filter((p) => p.orderId === o.id).map(toPaymentDto),
      ),
    );
  }

  const service = {
    /**
     * Inserts an order and its items, then gives it the store's next number and writes
     * `order.placed`. With `deferNumber` the caller does that last step itself (`assignNumber`),
     * as late as it can, so the per-store counter is locked only for the end of its transaction.
     */
    async create(tx: TenantTx, o: NewOrder, options: { deferNumber?: boolean } = {}) {
      const id = o.id ?? randomUUID();
      const row = await repo.insertOrder(tx, orderRowOf(id, o));
      await repo.insertItems(
        tx,
        o.items.map((i) => ({ ...i, orderId: row.id })),
      );
      return options.deferNumber ? row : service.assignNumber(tx, row.storeId, row.id);
    },

    /** Numbers a new order (the store's counter row stays locked until commit) and writes `order.placed`. */
    async assignNumber(tx: TenantTx, storeId: string, orderId: string) {
      const seq = await repo.nextOrderNumber(tx, storeId);
      const row = await repo.updateOrder(tx, storeId, orderId, { orderNumber: String(seq), orderSeq: seq });
      if (!row) throw notFound('Order');
      await recordEvent(tx, 'order.placed', {
        orderId: row.id,
        storeId: row.storeId,
        orderNumber: row.orderNumber,
        customerId: row.customerId,
        customerEmail: row.customerEmail,
        totalMinor: row.totalMinor,
        currency: row.currency.trim(),
        source: row.source,
      });
      return row;
    },

    /** A merchant's manual order: prices as given; lines with a variant allocate stock. */
    async createManual(tx: TenantTx, storeId: string, input: CreateOrderInput) {
      const { currency } = await storeContext(tx, storeId);
      const m = (v: string | undefined) => (v === undefined ? 0 : toMinor(v, currency));
      const items = input.items.map((i) => {
        const unit = m(i.unitPrice);
        const subtotal = unit * i.quantity;
        return {
          listingId: i.listingId ?? null,
          productId: i.productId ?? null,
          variantId: i.variantId ?? null,
          sku: i.sku ?? null,
          title: i.title,
          unitPriceMinor: unit,
          quantity: i.quantity,
          subtotalMinor: subtotal,
          discountMinor: 0,
          taxMinor: m(i.taxAmount),
          totalMinor: subtotal + m(i.taxAmount),
          taxCategory: null,
        };
      });
      const subtotalMinor = items.reduce((a, i) => a + i.subtotalMinor, 0);
      const taxMinor = items.reduce((a, i) => a + i.taxMinor, 0);
      const discountMinor = Math.min(m(input.discountAmount), subtotalMinor);
      const shippingMinor = m(input.shippingAmount);
      const id = randomUUID();
      const stocked = items.flatMap((i) =>
        i.variantId ? [{ variantId: i.variantId, quantity: i.quantity }] : [],
      );
      if (stocked.length > 0 && deps.allocate) await deps.allocate(tx, id, stocked);
      const row = await service.create(tx, {
        id,
        storeId,
        currency,
        source: 'MANUAL',
        items,
        customerId: input.customerId ?? null,
        customerEmail: input.customerEmail ?? null,
        customerName: input.customerName ?? null,
        shippingAddress: input.shippingAddress ?? null,
        billingAddress: input.billingAddress ?? null,
        shippingMethod: input.shippingMethod ?? null,
        shippingMethodId: null,
        subtotalMinor,
        discountMinor,
        shippingMinor,
        taxMinor,
        totalMinor: subtotalMinor - discountMinor + shippingMinor + taxMinor,
        couponCodes: (input.couponCodes ?? []).map((c) => c.toUpperCase()),
        notes: input.notes,
        customerNotes: input.customerNotes,
        internalNotes: input.internalNotes,
        status: input.status,
        paymentStatus: input.paymentStatus,
      });
      return service.get(tx, storeId, row.id);
    },

    async get(tx: TenantTx, storeId: string, id: string) {
      const row = await repo.findOrder(tx, storeId, id);
      if (!row) throw notFound('Order');
      const [dto] = await load(tx, [row]);
      return dto as NonNullable<typeof dto>;
    },

    /** The order's invoice or packing slip as a PDF, with the file name to save it under. */
    async document(tx: TenantTx, storeId: string, id: string, kind: 'invoice' | 'packing-slip') {
      const [order, store] = await Promise.all([service.get(tx, storeId, id), storeContext(tx, storeId)]);
      const pdf = await (kind === 'invoice' ? invoicePdf : packingSlipPdf)(order, store);
      return { pdf, filename: `${kind}-${order.orderNumber}.pdf` };
    },

    /** The order row (no store check), for other modules working inside the tenant. */
    findById: (tx: TenantTx, id: string) => repo.findOrderById(tx, id),
    itemsOf: (tx: TenantTx, orderId: string) => repo.itemsOf(tx, [orderId]),

    /**
     * The listings an order still entitles its shopper to (digital downloads): paid,
     * not canceled, and that line not wholly refunded. A refund or a cancellation revokes it.
     */
    async entitledListings(tx: TenantTx, orderId: string): Promise<Set<string>> {
      const order = await repo.findOrderById(tx, orderId);
      if (!order || order.status === 'CANCELED' || order.paymentStatus !== 'PAID') return new Set();
      const items = await repo.itemsOf(tx, [orderId]);
      return new Set(
        items.flatMap((i) => (i.listingId && i.quantityRefunded < i.quantity ? [i.listingId] : [])),
      );
    },

    async list(tx: TenantTx, storeId: string, q: OrderListInput) {
      const { field, direction } = parseSort<'createdAt' | 'orderNumber' | 'totalAmount'>(
        q.sort,
        'createdAt',
      );
      const sortField =
        field === 'orderNumber' ? 'orderSeq' : field === 'totalAmount' ? 'totalMinor' : 'createdAt';
      const desc = q.sort ? direction === 'desc' : true;
      const { createdFrom, createdTo, ...rest } = q;
      const { rows, total } = await repo.listOrders(tx, storeId, {
        ...rest,
        sortField,
        desc,
        createdFrom: createdFrom ? createdFromBound(createdFrom) : undefined,
        createdBefore: createdTo ? createdToBound(createdTo) : undefined,
      });
      return listEnvelope(await load(tx, rows), total, q);
    },

    async update(tx: TenantTx, storeId: string, id: string, input: UpdateOrderInput) {
      const before = await repo.findOrder(tx, storeId, id);
      if (!before) throw notFound('Order');
      if (input.status && input.status !== before.status) {
        if (before.status === 'CANCELED' || before.status === 'RETURNED')
          throw invalidState(`A ${before.status} order cannot change status`);
        if (FLOW.indexOf(input.status) < FLOW.indexOf(before.status))
          throw invalidState(`An order cannot go back from ${before.status} to ${input.status}`);
      }
      const { shippingAddress, billingAddress, ...rest } = input;
      await repo.updateOrder(tx, storeId, id, {
        ...rest,
        ...(shippingAddress ? { shippingAddress: JSON.stringify(shippingAddress) } : {}),
        ...(billingAddress ? { billingAddress: JSON.stringify(billingAddress) } : {}),
      });
      if (input.paymentStatus && input.paymentStatus !== before.paymentStatus)
        await recordEvent(tx, 'order.payment_status.changed', {
          orderId: id,
          storeId,
          paymentStatus: input.paymentStatus,
        });
      if (input.status && input.status !== before.status)
        await recordEvent(tx, 'order.status.changed', {
          orderId: id,
          storeId,
          from: before.status,
          to: input.status,
        });
      return service.get(tx, storeId, id);
    },

    /** Sets the payment status (gateway confirmations, refunds). */
    async setPaymentStatus(tx: TenantTx, storeId: string, id: string, paymentStatus: PaymentStatus) {
      await repo.updateOrder(tx, storeId, id, { paymentStatus });
      await recordEvent(tx, 'order.payment_status.changed', { orderId: id, storeId, paymentStatus });
    },
  };
  return service;
}
