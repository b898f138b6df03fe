import { fromMinor } from '../../platform/money.ts';
import type { AddressRow, CustomerRow } from './customers.schema.ts';

export type AddressDto = ReturnType<typeof toAddressDto>;
export type CustomerDto = ReturnType<typeof toCustomerDto>;
export type ShopperDto = ReturnType<typeof toShopperDto>;

export const toAddressDto = (a: AddressRow, defaultAddressId: string | null) => ({
  id: a.id,
  firstName: a.firstName,
  lastName: a.lastName,
  line1: a.line1,
  line2: a.line2,
  city: a.city,
  region: a.region,
  postalCode: a.postalCode,
  country: a.country,
  phone: a.phone,
  isDefault: a.id === defaultAddressId,
});

/** The staff view of a customer (the seed's Customer model). */
export const toCustomerDto = (
  c: CustomerRow,
  addresses: AddressRow[],
  currency: string,
  hasAccount: boolean,
) => ({
  id: c.id,
  storeId: c.storeId,
  userId: c.userId,
  email: c.email,
  firstName: c.firstName,
  lastName: c.lastName,
  phoneNumber: c.phoneNumber,
  addresses: addresses.map((a) => toAddressDto(a, c.defaultAddressId)),
  defaultAddressId: c.defaultAddressId,
  status: c.status,
  marketingConsent: c.marketingConsent,
  orderCount: c.orderCount,
  totalSpent: fromMinor(c.totalSpentMinor, currency),
  lastOrderDate: c.lastOrderDate ? c.lastOrderDate.toISOString() : null,
  notes: c.notes,
  tags: c.tags,
  segment: c.segment,
  customAttributes: c.customAttributes,
  hasAccount,
  /** Set once the customer's personal data has been erased (GDPR); the record stays for orders. */
  erasedAt: c.erasedAt ? c.erasedAt.toISOString() : null,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

/** What a shopper sees of their own profile: no staff notes, tags or segments. */
export function toShopperDto(c: CustomerRow, addresses: AddressRow[], currency: string) {
  const {
    notes: _n,
    tags: _t,
    segment: _s,
    customAttributes: _a,
    userId: _u,
    hasAccount: _h,
    erasedAt: _e,
    ...rest
  } = toCustomerDto(c, addresses, currency, true);
  return { ...rest, emailVerified: c.emailVerifiedAt !== null };
}
