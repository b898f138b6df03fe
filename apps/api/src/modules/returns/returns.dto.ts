import type { ReturnItemRow, ReturnRow } from './returns.schema.ts';

/** A return with its lines as the API answers it (staff see the staff note; shoppers' routes drop it). */
export const toReturnDto = (r: ReturnRow, items: ReturnItemRow[]) => ({
  id: r.id,
  orderId: r.orderId,
  number: r.number,
  kind: r.kind,
  status: r.status,
  reason: r.reason,
  customerNote: r.customerNote,
  staffNote: r.staffNote,
  requestedBy: r.requestedBy,
  refundId: r.refundId,
  exchangeOrderId: r.exchangeOrderId,
  items: items
    .filter((i) => i.returnId === r.id)
    .map((i) => ({
      id: i.id,
      itemId: i.orderItemId,
      variantId: i.variantId,
      title: i.title,
      quantity: i.quantity,
      reason: i.reason,
      quantityRestocked: i.quantityRestocked,
      quantityWrittenOff: i.quantityWrittenOff,
      exchangeVariantId: i.exchangeVariantId,
    })),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});
export type ReturnDto = ReturnType<typeof toReturnDto>;
