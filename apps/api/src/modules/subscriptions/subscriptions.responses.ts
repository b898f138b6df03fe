import { z } from 'zod';

/** What the subscription routes answer (checked in tests with VALIDATE_RESPONSES=1; see platform/http). */
export const PlanResponse = z.strictObject({
  id: z.string(),
  storeId: z.string(),
  listingId: z.string(),
  name: z.string(),
  interval: z.string(),
  intervalCount: z.number().int(),
  price: z.string(),
  isActive: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const PlanListResponse = z.strictObject({ data: z.array(PlanResponse) });

export const SubscriptionResponse = z.strictObject({
  id: z.string(),
  storeId: z.string(),
  planId: z.string(),
  customerId: z.string(),
  quantity: z.number().int(),
  savedPaymentMethodId: z.string(),
  shippingAddress: z.record(z.string(), z.unknown()),
  status: z.string(),
  nextRenewalAt: z.string(),
  failedAttempts: z.number().int(),
  lastOrderId: z.string().nullable(),
  lastError: z.string().nullable(),
  canceledAt: z.string().nullable(),
  createdAt: z.string(),
});
export const SubscriptionListResponse = z.strictObject({ data: z.array(SubscriptionResponse) });
