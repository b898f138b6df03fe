import { z } from 'zod';
import { Money, Percent, Uuid } from '../../platform/http/schemas.ts';

const Name = z.string().trim().min(1).max(200);
const Text = z.string().max(5000).nullable();
const Country = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like US');
const Grams = z.number().int().min(0);
const Count = z.number().int().min(0);

const WeightBand = z.strictObject({ upToGrams: Grams.nullable(), price: Money });
const CustomRule = z.strictObject({
  minSubtotal: Money.nullish(),
  maxSubtotal: Money.nullish(),
  minWeightGrams: Grams.nullish(),
  maxWeightGrams: Grams.nullish(),
  minItems: Count.nullish(),
  maxItems: Count.nullish(),
  price: Money,
});
/** Shipping settings: WEIGHT bands, CUSTOM rules, zones; other keys are kept as given. */
export const ShippingSettings = z
  .object({
    bands: z.array(WeightBand).max(100).optional(),
    rules: z.array(CustomRule).max(100).optional(),
    countries: z.array(Country).max(300).optional(),
    regions: z.array(z.string().trim().min(1).max(100)).max(1000).optional(),
  })
  .catchall(z.unknown());
export type ShippingSettingsInput = z.output<typeof ShippingSettings>;

const ShippingFields = {
  name: Name,
  description: Text,
  price: Money,
  freeAboveAmount: Money.nullable(),
  estimatedDeliveryDays: Count.nullable(),
  isActive: z.boolean(),
  taxable: z.boolean(),
  rateCalculationType: z.enum(['FLAT', 'WEIGHT', 'ITEM', 'CUSTOM']),
  settings: ShippingSettings,
};
export const CreateShippingMethodBody = z
  .strictObject(ShippingFields)
  .partial()
  .required({ name: true })
  .superRefine((v, ctx) => {
    if (v.rateCalculationType === 'WEIGHT' && !v.settings?.bands?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['settings', 'bands'],
        message: 'WEIGHT needs at least one band',
      });
    if (v.rateCalculationType === 'CUSTOM' && !v.settings?.rules?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['settings', 'rules'],
        message: 'CUSTOM needs at least one rule',
      });
  });
export const UpdateShippingMethodBody = z.strictObject(ShippingFields).partial();
export type ShippingMethodInput = z.output<typeof UpdateShippingMethodBody>;

const Rate = Percent.refine((v) => Number(v) >= 0 && Number(v) <= 100, 'must be between 0 and 100');
const TaxFields = {
  name: Name,
  country: Country,
  region: z.string().trim().min(1).max(100).nullable(),
  postalPrefix: z.string().trim().min(1).max(20).nullable(),
  taxCategory: z.string().trim().min(1).max(100).nullable(),
  rate: Rate,
  appliesToShipping: z.boolean(),
  compound: z.boolean(),
  priority: z.number().int().min(0).max(1000),
};
export const CreateTaxRateBody = z
  .strictObject(TaxFields)
  .partial()
  .required({ name: true, country: true, rate: true });
export const UpdateTaxRateBody = z.strictObject(TaxFields).partial();
export type TaxRateInput = z.output<typeof UpdateTaxRateBody>;

const Code = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only')
  .transform((c) => c.toUpperCase());
const DateTime = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
const Ids = z.array(Uuid).max(1000);
const CouponFields = {
  code: Code,
  description: Text,
  discountType: z.enum(['PERCENTAGE', 'FIXED', 'FREE_SHIPPING']),
  discountValue: Money,
  minimumOrderAmount: Money.nullable(),
  startsAt: DateTime.nullable(),
  expiresAt: DateTime.nullable(),
  usageLimit: Count.nullable(),
  perCustomerLimit: Count.nullable(),
  applicableProductIds: Ids,
  applicableCategoryIds: Ids,
  excludedProductIds: Ids,
  excludedCategoryIds: Ids,
  isActive: z.boolean(),
  /** Applies to every eligible cart without a code (an automatic promotion). */
  isAutomatic: z.boolean(),
};
export const CreateCouponBody = z
  .strictObject(CouponFields)
  .partial()
  .required({ code: true, discountType: true })
  .superRefine((v, ctx) => {
    if (v.discountType === 'PERCENTAGE' && Number(v.discountValue ?? 0) > 100)
      ctx.addIssue({ code: 'custom', path: ['discountValue'], message: 'a percentage is at most 100' });
    if (v.discountType !== 'FREE_SHIPPING' && v.discountValue === undefined)
      ctx.addIssue({ code: 'custom', path: ['discountValue'], message: 'is required' });
    checkWindow(v, ctx);
  });
/** A window given whole must open before it closes (half a window is checked by the table's CHECK). */
function checkWindow(v: { startsAt?: Date | null; expiresAt?: Date | null }, ctx: z.RefinementCtx) {
  if (v.startsAt && v.expiresAt && v.startsAt >= v.expiresAt)
    ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'must be after startsAt' });
}
export const UpdateCouponBody = z.strictObject(CouponFields).partial().superRefine(checkWindow);
export type CouponInput = z.output<typeof UpdateCouponBody>;

const GiftCode = z
  .string()
  .trim()
  .min(4)
  .max(64)
  .regex(/^[A-Za-z0-9-]+$/, 'letters, digits and - only')
  .transform((c) => c.toUpperCase());
export const CreateGiftCardBody = z.strictObject({
  code: GiftCode.optional(),
  initialBalance: Money,
  expiresAt: DateTime.nullable().optional(),
  isActive: z.boolean().optional(),
  customerId: Uuid.nullable().optional(),
  recipientEmail: z.email().nullable().optional(),
  note: Text.optional(),
});
export type CreateGiftCardInput = z.output<typeof CreateGiftCardBody>;
export const UpdateGiftCardBody = z.strictObject({
  balance: Money.optional(),
  expiresAt: DateTime.nullable().optional(),
  isActive: z.boolean().optional(),
  customerId: Uuid.nullable().optional(),
  recipientEmail: z.email().nullable().optional(),
  note: Text.optional(),
});
export type UpdateGiftCardInput = z.output<typeof UpdateGiftCardBody>;
