import type { CartRow } from './cart.schema.ts';
import type { UpdateCartInput } from './cart.validators.ts';

/** The cart fields a shopper's update sets. */
export function fieldsPatch(fields: Omit<UpdateCartInput, 'items'>): Partial<CartRow> {
  const patch: Partial<CartRow> = {};
  if (fields.couponCodes !== undefined) patch.couponCodes = [...new Set(fields.couponCodes)];
  if (fields.email !== undefined) patch.email = fields.email;
  if (fields.notes !== undefined) patch.notes = fields.notes;
  if (fields.shippingAddress !== undefined) patch.shippingAddress = fields.shippingAddress;
  if (fields.billingAddress !== undefined) patch.billingAddress = fields.billingAddress;
  if (fields.shippingMethodId !== undefined) patch.shippingMethodId = fields.shippingMethodId;
  if (fields.paymentMethodId !== undefined) patch.paymentMethodId = fields.paymentMethodId;
  return patch;
}

/** Column values of a patch (addresses are JSON text in writes). */
export function patchColumns(patch: Partial<CartRow>) {
  const { shippingAddress, billingAddress, ...rest } = patch;
  return {
    ...rest,
    ...(shippingAddress !== undefined ? { shippingAddress: JSON.stringify(shippingAddress) } : {}),
    ...(billingAddress !== undefined ? { billingAddress: JSON.stringify(billingAddress) } : {}),
  };
}
