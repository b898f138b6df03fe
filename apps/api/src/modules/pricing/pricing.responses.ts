import { z } from 'zod';
import { DateTimeOut, type Expect, type Fits, MoneyOut } from '../../platform/http/schemas.ts';
import type { giftCardService, toGiftCardDto, toTransactionDto } from './gift-cards.service.ts';

/** What the pricing CRUD routes answer (checked in tests with VALIDATE_RESPONSES=1; see platform/http). */
const str = z.string();
const strOrNull = z.string().nullable();
const int = z.number().int();

export const ShippingMethodResponse = z.strictObject({
  id: str,
  storeId: str,
  name: str,
  description: strOrNull,
  /** Decimal strings in the store currency. */
  price: str,
  freeAboveAmount: strOrNull,
  estimatedDeliveryDays: int.nullable(),
  isActive: z.boolean(),
  taxable: z.boolean(),
  rateCalculationType: str,
  settings: z.unknown(),
  createdAt: str,
  updatedAt: str,
});

export const TaxRateResponse = z.strictObject({
  id: str,
  storeId: str,
  name: str,
  country: str,
  region: strOrNull,
  postalPrefix: strOrNull,
  taxCategory: strOrNull,
  /** A decimal string, e.g. "0.2". */
  rate: str,
  appliesToShipping: z.boolean(),
  compound: z.boolean(),
  priority: int,
  createdAt: str,
  updatedAt: str,
});

export const CouponResponse = z.strictObject({
  id: str,
  storeId: str,
  code: str,
  description: strOrNull,
  discountType: str,
  discountValue: str,
  minimumOrderAmount: strOrNull,
  startsAt: strOrNull,
  expiresAt: strOrNull,
  usageLimit: int.nullable(),
  usageCount: int,
  perCustomerLimit: int.nullable(),
  applicableProductIds: z.array(str).nullable(),
  applicableCategoryIds: z.array(str).nullable(),
  excludedProductIds: z.array(str).nullable(),
  excludedCategoryIds: z.array(str).nullable(),
  isActive: z.boolean(),
  isAutomatic: z.boolean(),
  createdAt: str,
  updatedAt: str,
});

export const GiftCardResponse = z.strictObject({
  id: str,
  storeId: str,
  code: str,
  currency: str,
  initialBalance: MoneyOut,
  balance: MoneyOut,
  expiresAt: DateTimeOut.nullable(),
  isActive: z.boolean(),
  customerId: strOrNull,
  recipientEmail: strOrNull,
  note: strOrNull,
  orderId: strOrNull.describe('The order that bought the card, when it was sold as a product'),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
});

export const GiftCardTransactionResponse = z.strictObject({
  id: str,
  type: z.enum(['ISSUE', 'REDEEM', 'REFUND', 'ADJUST']),
  amount: MoneyOut,
  balanceAfter: MoneyOut,
  orderId: strOrNull,
  note: strOrNull,
  createdAt: DateTimeOut,
});

/** What a shopper learns from a code: the balance and expiry, nothing about whose card it is. */
export const GiftCardBalanceResponse = z.strictObject({
  balance: MoneyOut,
  currency: str,
  expiresAt: DateTimeOut.nullable(),
});

export type GiftCardDtosFit = [
  Expect<Fits<ReturnType<typeof toGiftCardDto>, typeof GiftCardResponse>>,
  Expect<Fits<ReturnType<typeof toTransactionDto>, typeof GiftCardTransactionResponse>>,
  Expect<Fits<Awaited<ReturnType<typeof giftCardService.balance>>, typeof GiftCardBalanceResponse>>,
];
