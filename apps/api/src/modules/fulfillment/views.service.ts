import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { fromMinor } from '../../platform/money.ts';
import { renderPdf } from '../../platform/pdf.ts';
import { orderLifecycle } from '../orders/index.ts';
import type { FlowDeps } from './flow-context.ts';
import { fulfillmentsOf } from './flow-context.ts';
import { toFulfillmentDto } from './fulfillment.dto.ts';
import * as repo from './fulfillment.repository.ts';
import type { FulfillmentState } from './fulfillment.schema.ts';
import { publicTimeline } from './public-timeline.ts';

const NO_BIN = '(no bin)';

export type PickLine = {
  sku: string | null;
  title: string;
  variantId: string | null;
  quantity: number;
  fulfillmentId: string;
  packageNumber: number | null;
  orderNumber: string | null;
};
export type PickList = {
  location: { id: string; name: string; code: string };
  generatedAt: string;
  fulfillmentIds: string[];
  totalUnits: number;
  bins: Array<{ bin: string; lines: PickLine[] }>;
};

/** Read models of the flow: location queues, pick lists (JSON and PDF), timeline, tracking. */
export function createFulfillmentViews(deps: FlowDeps) {
  async function mustLocation(tx: TenantTx, id: string) {
    const location = await repo.findLocation(tx, id);
    if (!location) throw notFound('Location');
    return location;
  }

  return {
    /** Step 3: a location's queue of open packages, oldest first, across the tenant's stores. */
    async queue(tx: TenantTx, locationId: string, status?: FulfillmentState) {
      await mustLocation(tx, locationId);
      const rows = await repo.openAtLocation(tx, locationId, status ? [status] : repo.OPEN);
      const [items, numbers] = await Promise.all([
        repo.itemsOfFulfillments(
          tx,
          rows.map((r) => r.id),
        ),
        repo.orderNumbers(
          tx,
          rows.map((r) => r.orderId),
        ),
      ]);
      const data = rows.map((r) => ({
        ...toFulfillmentDto(r, items),
        orderNumber: numbers.find((n) => n.id === r.orderId)?.orderNumber ?? null,
      }));
      return { data, total: data.length, limit: data.length, offset: 0 };
    },

    /**
     * Step 4: what to pick at a location, grouped by bin in walking order (bins sorted), each line
     * saying which package and order it belongs to. Only packages not yet fully picked.
     */
    async pickList(tx: TenantTx, locationId: string, fulfillmentIds?: string[]): Promise<PickList> {
      const location = await mustLocation(tx, locationId);
      let rows = await repo.openAtLocation(tx, locationId, ['QUEUED', 'PICKING']);
      if (fulfillmentIds?.length) rows = rows.filter((r) => fulfillmentIds.includes(r.id));
      const items = await repo.itemsOfFulfillments(
        tx,
        rows.map((r) => r.id),
      );
      const [numbers, bins] = await Promise.all([
        repo.orderNumbers(
          tx,
          rows.map((r) => r.orderId),
        ),
        repo.binsOf(tx, locationId, [...new Set(items.flatMap((i) => (i.variantId ? [i.variantId] : [])))]),
      ]);
      const binOf = new Map(bins.map((b) => [b.variantId, b.bin]));
      const groups = new Map<string, PickLine[]>();
      for (const i of items) {
        if (i.quantityPicked >= i.quantity) continue;
        const f = rows.find((r) => r.id === i.fulfillmentId);
        const bin = (i.variantId && binOf.get(i.variantId)) || NO_BIN;
        groups.set(bin, [
          ...(groups.get(bin) ?? []),
          {
            sku: i.sku,
            title: i.title,
            variantId: i.variantId,
            quantity: i.quantity - i.quantityPicked,
            fulfillmentId: i.fulfillmentId,
            packageNumber: f?.number ?? null,
            orderNumber: numbers.find((n) => n.id === f?.orderId)?.orderNumber ?? null,
          },
        ]);
      }
      const sorted = [...groups.keys()].sort((a, b) =>
        a === NO_BIN ? 1 : b === NO_BIN ? -1 : a.localeCompare(b, 'en', { numeric: true }),
      );
      return {
        location: { id: location.id, name: location.name, code: location.code },
        generatedAt: new Date().toISOString(),
        fulfillmentIds: rows.map((r) => r.id),
        totalUnits: items.reduce((n, i) => n + i.quantity - i.quantityPicked, 0),
        bins: sorted.map((bin) => ({ bin, lines: groups.get(bin) ?? [] })),
      };
    },

    /** The printable pick list. */
    pickListPdf(list: PickList) {
      return renderPdf((doc) => {
        doc.fontSize(16).text(`Pick list · ${list.location.name} (${list.location.code})`);
        doc
          .fontSize(9)
          .text(
            `Generated ${list.generatedAt} · ${list.totalUnits} units · ${list.fulfillmentIds.length} packages`,
          );
        doc.moveDown();
        for (const group of list.bins) {
          doc.fontSize(12).text(`Bin ${group.bin}`, { underline: true });
          for (const l of group.lines)
            doc
              .fontSize(10)
              .text(
                `[  ] ${l.quantity} × ${l.sku ?? '-'}  ${l.title}   (order ${l.orderNumber}, package #${l.packageNumber})`,
              );
          doc.moveDown(0.5);
        }
      });
    },

    async setBins(
      tx: TenantTx,
      locationId: string,
      assignments: Array<{ variantId?: string; sku?: string; bin: string }>,
    ) {
      await mustLocation(tx, locationId);
      const errors: Array<{ path: string; message: string }> = [];
      for (const [i, a] of assignments.entries()) {
        const variantId =
          a.variantId ??
          (
            await tx
              .selectFrom('productVariants')
              .select('id')
              .where('sku', '=', a.sku ?? '')
              .executeTakeFirst()
          )?.id;
        if (!variantId) errors.push({ path: `assignments.${i}`, message: 'names no variant' });
        else await repo.upsertBin(tx, locationId, variantId, a.bin);
      }
      if (errors.length > 0) throw invalid('The request is not valid', errors);
      return { updated: assignments.length };
    },

    async timeline(tx: TenantTx, storeId: string, orderId: string) {
      await deps.orders.get(tx, storeId, orderId);
      const rows = await repo.timelineOf(tx, orderId);
      const data = rows.map((r) => ({
        id: r.id,
        type: r.type,
        message: r.message,
        actor: { type: r.actorType, id: r.actorId },
        data: r.data,
        createdAt: r.createdAt.toISOString(),
      }));
      return { data, total: data.length, limit: data.length, offset: 0 };
    },

    /**
     * Step 10: what the tracking page shows; the order's email must match (else 404). The lines
     * carry their ids and shipped/returned counts so the page can offer returns.
     */
    async tracking(tx: TenantTx, storeId: string, orderNumber: string, email: string) {
      const order = await orderLifecycle.findByNumber(tx, storeId, orderNumber);
      if (!order?.customerEmail || order.customerEmail.toLowerCase() !== email.trim().toLowerCase())
        throw notFound('Order');
      const currency = order.currency.trim();
      const packages = (await fulfillmentsOf(tx, order.id)).filter((f) => f.status !== 'CANCELED');
      const [events, items, timeline] = await Promise.all([
        repo.shipmentEventsOf(
          tx,
          packages.map((p) => p.id),
        ),
        deps.orders.itemsOf(tx, order.id),
        repo.timelineOf(tx, order.id),
      ]);
      return {
        orderNumber: order.orderNumber,
        status: order.status,
        paymentStatus: order.paymentStatus,
        fulfillmentStatus: order.fulfillmentStatus,
        placedAt: order.createdAt.toISOString(),
        currency,
        totalAmount: fromMinor(order.totalMinor, currency),
        items: items.map((i) => ({
          id: i.id,
          title: i.title,
          sku: i.sku,
          quantity: i.quantity,
          unitPrice: fromMinor(i.unitPriceMinor, currency),
          totalAmount: fromMinor(i.totalMinor, currency),
          quantityFulfilled: i.quantityFulfilled,
          quantityReturned: i.quantityReturned,
        })),
        timeline: publicTimeline(timeline, currency, order.createdAt),
        shipments: packages.map((p) => ({
          number: p.number,
          status: p.status,
          carrier: p.carrier,
          trackingNumber: p.trackingNumber,
          trackingUrl: p.trackingUrl,
          shippedAt: p.shippedAt,
          deliveredAt: p.deliveredAt,
          items: p.items.map((i) => ({ title: i.title, sku: i.sku, quantity: i.quantity })),
          events: events
            .filter((e) => e.fulfillmentId === p.id)
            .map((e) => ({
              status: e.status,
              description: e.description,
              occurredAt: e.occurredAt.toISOString(),
            })),
        })),
      };
    },

    async label(tx: TenantTx, storeId: string, id: string) {
      const row = await repo.labelOf(tx, storeId, id);
      if (!row) throw notFound('Fulfillment');
      if (!row.labelPdf) throw notFound('Label');
      return row;
    },
  };
}

export type FulfillmentViews = ReturnType<typeof createFulfillmentViews>;
