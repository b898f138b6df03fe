import { z } from 'zod';
import { DateTimeOut, MoneyOut } from '../../platform/http/schemas.ts';
import { PublicPaymentMethodResponse, SavedMethodResponse } from '../payments/index.ts';

/**
 * What the checkout routes answer, as the wire carries it; checked against every reply in tests with
 * VALIDATE_RESPONSES=1 (see platform/http).
 */

export const DownloadLinksResponse = z.strictObject({
  data: z.array(
    z.strictObject({
      itemId: z.string(),
      title: z.string(),
      url: z.string().describe('Signed; follow it for a redirect to the file'),
      expiresAt: DateTimeOut,
    }),
  ),
});

/**
 * The store's shipping methods that deliver the cart to its address, priced. `requiresShipping` is
 * false for a cart of digital lines only; `configured` says whether the store has any active method.
 */
export const ShippingOptionsResponse = z.strictObject({
  data: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      description: z.string().nullable(),
      rateCalculationType: z.enum(['FLAT', 'WEIGHT', 'ITEM', 'CUSTOM']),
      estimatedDeliveryDays: z.number().int().nullable(),
      taxable: z.boolean(),
      price: MoneyOut,
      totalAmount: MoneyOut.describe("The cart's total with this method"),
    }),
  ),
  requiresShipping: z.boolean(),
  configured: z.boolean(),
});

export const PublicPaymentMethodList = z.strictObject({ data: z.array(PublicPaymentMethodResponse) });
export const SavedMethodList = z.strictObject({ data: z.array(SavedMethodResponse) });
export const WebhookReceivedResponse = z.strictObject({ received: z.literal(true) });
