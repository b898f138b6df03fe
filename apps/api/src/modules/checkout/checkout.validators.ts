import { z } from 'zod';
import { Money, Uuid } from '../../platform/http/schemas.ts';
import { AddressSchema } from '../orders/index.ts';

export const PaymentEntry = z
  .strictObject({
    paymentMethodId: Uuid.optional(),
    savedPaymentMethodId: Uuid.optional(),
    amount: Money.optional(),
    token: z.string().trim().min(1).max(255).optional(),
    giftCardCode: z.string().trim().min(4).max(64).optional(),
  })
  .refine((p) => [p.paymentMethodId ?? p.savedPaymentMethodId, p.giftCardCode].filter(Boolean).length === 1, {
    message: 'give either a paymentMethodId (or savedPaymentMethodId) or a giftCardCode',
  });
export type PaymentEntry = z.output<typeof PaymentEntry>;

const CheckoutFields = {
  email: z.email().optional(),
  shippingAddress: AddressSchema.optional(),
  billingAddress: AddressSchema.optional(),
  shippingMethodId: Uuid.optional(),
  payments: z.array(PaymentEntry).max(5).default([]),
  customerNotes: z.string().max(5000).optional(),
  /** Keep the card (token + display data) on the shopper's account. */
  savePaymentMethod: z.boolean().optional(),
};
export const CheckoutBody = z.strictObject({ cartId: Uuid, ...CheckoutFields });
export const CartCheckoutBody = z.strictObject(CheckoutFields);
export type CheckoutInput = z.output<typeof CheckoutBody>;

export const ConfirmPaymentBody = z.strictObject({ succeeded: z.boolean().default(true) });
