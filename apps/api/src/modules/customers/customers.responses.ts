import { z } from 'zod';
import {
  DateTimeOut,
  type Expect,
  type Fits,
  ListEnvelopeOf,
  MoneyOut,
} from '../../platform/http/schemas.ts';
import { EmailResponse } from '../notifications/index.ts';
import { OrderResponse } from '../orders/index.ts';
import type { AddressDto, CustomerDto, ShopperDto } from './customers.dto.ts';
import type { SegmentRules } from './customers.schema.ts';

/**
 * What the customer and account routes answer, as the wire carries it; checked against every reply
 * in tests with VALIDATE_RESPONSES=1 (see platform/http).
 */

/** An address of a customer's address book. */
export const AddressBookEntryResponse = z.strictObject({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  line1: z.string(),
  line2: z.string().nullable(),
  city: z.string(),
  region: z.string().nullable(),
  postalCode: z.string(),
  country: z.string(),
  phone: z.string().nullable(),
  isDefault: z.boolean(),
});
export const AddressBookResponse = z.strictObject({ data: z.array(AddressBookEntryResponse) });

const ProfileShape = {
  id: z.string(),
  storeId: z.string(),
  email: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  phoneNumber: z.string().nullable(),
  addresses: z.array(AddressBookEntryResponse),
  defaultAddressId: z.string().nullable(),
  status: z.enum(['ACTIVE', 'INACTIVE']),
  marketingConsent: z.boolean(),
  orderCount: z.number().int(),
  totalSpent: MoneyOut,
  lastOrderDate: DateTimeOut.nullable(),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
};
/** The staff view of a customer. `hasAccount`: the shopper has set a password. */
export const CustomerResponse = z.strictObject({
  ...ProfileShape,
  userId: z.string().nullable(),
  notes: z.string().nullable(),
  tags: z.array(z.string()),
  segment: z.string().nullable(),
  customAttributes: z.record(z.string(), z.unknown()),
  hasAccount: z.boolean(),
  erasedAt: DateTimeOut.nullable().describe('When personal data was erased (GDPR); null if never'),
});
/** What a shopper sees of their own profile: no staff notes, tags or segments. */
export const ShopperProfileResponse = z.strictObject({ ...ProfileShape, emailVerified: z.boolean() });
export const ShopperSessionResponse = z.strictObject({
  customer: ShopperProfileResponse,
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
});
/** A 202 that only says what happens next (it never tells whether an email has an account). */
export const AcceptedMessageResponse = z.strictObject({ message: z.string() });

/** Everything held about a customer (the right of access). */
export const CustomerExportResponse = z.strictObject({
  exportedAt: DateTimeOut,
  format: z.literal('ventory.customer-export.v1'),
  customer: CustomerResponse,
  orders: z.array(OrderResponse),
  emails: z.array(EmailResponse),
  orderFacts: z.array(z.strictObject({ orderId: z.string(), placedAt: DateTimeOut, canceled: z.boolean() })),
});

const SegmentRulesResponse = z.strictObject({
  match: z.enum(['all', 'any']).optional(),
  totalSpentAtLeast: z.string().optional(),
  totalSpentAtMost: z.string().optional(),
  orderCountAtLeast: z.number().int().optional(),
  orderCountAtMost: z.number().int().optional(),
  orderedWithinDays: z.number().int().optional(),
  noOrderInDays: z.number().int().optional(),
  hasTag: z.string().optional(),
  lacksTag: z.string().optional(),
  boughtFromCategory: z.string().optional(),
  marketingConsent: z.boolean().optional(),
});
export const SegmentResponse = z.strictObject({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  priority: z.number().int(),
  rules: SegmentRulesResponse,
  memberCount: z.number().int(),
  evaluatedAt: DateTimeOut.nullable(),
  createdAt: DateTimeOut,
});
export const SegmentList = ListEnvelopeOf(SegmentResponse);
/** The live count of an unsaved rule set, with a few matching customers. */
export const SegmentPreviewResponse = z.strictObject({
  count: z.number().int(),
  sample: z.array(
    z.strictObject({ id: z.string(), email: z.string().nullable(), name: z.string().nullable() }),
  ),
});

export const VapidKeyResponse = z.strictObject({ publicKey: z.string() });
export const PushSubscriptionResponse = z.strictObject({ id: z.string(), endpoint: z.string() });

// Compile-time: the DTOs the services build fit these schemas key for key.
export type CustomerDtosFit = [
  Expect<Fits<AddressDto, typeof AddressBookEntryResponse>>,
  Expect<Fits<CustomerDto, typeof CustomerResponse>>,
  Expect<Fits<ShopperDto, typeof ShopperProfileResponse>>,
  Expect<Fits<SegmentRules, typeof SegmentRulesResponse>>,
];
