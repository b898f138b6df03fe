import { z } from 'zod';
import { DateTimeOut, type Expect, type Fits, MoneyOut } from '../../platform/http/schemas.ts';
import type { toPaymentMethodDto, toPublicPaymentMethodDto } from './payment-methods.service.ts';
import type { toSavedMethodDto } from './saved-methods.service.ts';

/**
 * What the payment routes (and the orders, checkout and account routes that embed payments) answer,
 * as the wire carries it; checked against every reply in tests with VALIDATE_RESPONSES=1.
 */
const Provider = z.enum(['manual', 'test', 'stripe']);

export const CardDisplayResponse = z.strictObject({
  brand: z.string().nullable(),
  last4: z.string().nullable(),
  expMonth: z.number().int().nullable(),
  expYear: z.number().int().nullable(),
});
/** What the shopper must do before the gateway decides (3-D Secure and the like). */
export const NextActionResponse = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('redirect'), url: z.string() }),
  z.strictObject({ type: z.literal('stripe_sdk'), clientSecret: z.string() }),
]);

/** One payment of an order. */
export const PaymentResponse = z.strictObject({
  id: z.string(),
  provider: z.enum(['manual', 'test', 'stripe', 'gift_card']),
  paymentMethodId: z.string().nullable(),
  status: z.enum([
    'PENDING',
    'REQUIRES_ACTION',
    'AUTHORIZED',
    'CAPTURED',
    'FAILED',
    'VOIDED',
    'REFUNDED',
    'PARTIALLY_REFUNDED',
  ]),
  amount: MoneyOut,
  refundedAmount: MoneyOut,
  currency: z.string(),
  card: CardDisplayResponse.nullable(),
  giftCardLast4: z.string().nullable(),
  instructions: z.string().nullable(),
  nextAction: NextActionResponse.nullable(),
  createdAt: DateTimeOut,
});

/** A payment method as the merchant sees it: secrets in `settings` are masked (`****1234`). */
export const PaymentMethodResponse = z.strictObject({
  id: z.string(),
  storeId: z.string(),
  name: z.string(),
  provider: Provider,
  isActive: z.boolean(),
  settings: z.record(z.string(), z.unknown()),
  instructions: z.string().nullable(),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
});
/** What a shopper sees of a payment method (a Stripe method's publishable key, no settings). */
export const PublicPaymentMethodResponse = z.strictObject({
  id: z.string(),
  name: z.string(),
  provider: Provider,
  instructions: z.string().nullable(),
  publishableKey: z.string().optional(),
});
/** A customer's saved card: the gateway's display data only. */
export const SavedMethodResponse = z.strictObject({
  id: z.string(),
  paymentMethodId: z.string(),
  provider: z.string(),
  brand: z.string().nullable(),
  last4: z.string().nullable(),
  expMonth: z.number().int().nullable(),
  expYear: z.number().int().nullable(),
  createdAt: DateTimeOut,
});

// Compile-time: the DTOs the services build fit these schemas key for key. (`PaymentResponse` reads
// its card fields from a JSON column typed `unknown`, so the tests are its check.)
export type PaymentDtosFit = [
  Expect<Fits<ReturnType<typeof toPaymentMethodDto>, typeof PaymentMethodResponse>>,
  Expect<Fits<ReturnType<typeof toSavedMethodDto>, typeof SavedMethodResponse>>,
  Expect<Fits<ReturnType<typeof toPublicPaymentMethodDto>, typeof PublicPaymentMethodResponse>>,
];
