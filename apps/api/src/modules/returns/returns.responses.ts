import { z } from 'zod';
import { DateTimeOut, type Expect, type Fits, ListEnvelopeOf } from '../../platform/http/schemas.ts';
import type { ReturnDto } from './returns.dto.ts';

/**
 * What the return routes answer, as the wire carries it; checked against every reply in tests with
 * VALIDATE_RESPONSES=1 (see platform/http).
 */
const ReturnShape = {
  id: z.string(),
  orderId: z.string(),
  number: z.string(),
  kind: z.enum(['RETURN', 'EXCHANGE']),
  status: z.enum(['REQUESTED', 'APPROVED', 'REJECTED', 'RECEIVED', 'REFUNDED', 'EXCHANGED', 'CANCELED']),
  reason: z.string().nullable(),
  customerNote: z.string().nullable(),
  requestedBy: z.enum(['CUSTOMER', 'STAFF']),
  refundId: z.string().nullable(),
  exchangeOrderId: z.string().nullable(),
  items: z.array(
    z.strictObject({
      id: z.string(),
      itemId: z.string().describe('The order line'),
      variantId: z.string().nullable(),
      title: z.string(),
      quantity: z.number().int(),
      reason: z.string().nullable(),
      quantityRestocked: z.number().int(),
      quantityWrittenOff: z.number().int(),
      exchangeVariantId: z.string().nullable(),
    }),
  ),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
};
/** A return or exchange as staff see it (with the staff note). */
export const ReturnResponse = z.strictObject({ ...ReturnShape, staffNote: z.string().nullable() });
/** A row of the staff list: the return with its order's number and customer, named without a lookup. */
export const ReturnListItem = ReturnResponse.extend({
  orderNumber: z.string(),
  customerName: z.string().nullable(),
  customerEmail: z.string().nullable(),
});
/** A placed exchange: the return and the number of the order that ships the replacements. */
export const ExchangeResponse = ReturnResponse.extend({ exchangeOrderNumber: z.string() });
/** What a shopper sees of their returns: no staff note; the account list names each order. */
export const ShopperReturnList = ListEnvelopeOf(z.strictObject(ReturnShape));
export const MyReturnList = ListEnvelopeOf(z.strictObject({ ...ReturnShape, orderNumber: z.string() }));

// Compile-time: the DTO the service builds fits the schema key for key.
export type ReturnDtosFit = [Expect<Fits<ReturnDto, typeof ReturnResponse>>];
