import { z } from 'zod';
import { listQuery } from '../../platform/http/schemas.ts';

const Name = z.string().trim().min(1).max(100);
const Phone = z.string().trim().max(40);

/** The contract's Address: `country` is ISO 3166-1 alpha-2. */
export const AddressFields = {
  firstName: Name,
  lastName: Name,
  line1: z.string().trim().min(1).max(200),
  line2: z.string().trim().max(200).nullable().optional(),
  city: z.string().trim().min(1).max(100),
  region: z.string().trim().max(100).nullable().optional(),
  postalCode: z.string().trim().min(1).max(20),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like US'),
  phone: Phone.nullable().optional(),
};
export const AddressBody = z.strictObject({ ...AddressFields, isDefault: z.boolean().optional() });
export const AddressUpdateBody = AddressBody.partial();
export type AddressInput = z.output<typeof AddressBody>;
export type AddressPatch = z.output<typeof AddressUpdateBody>;

const Tag = z.string().trim().min(1).max(60);
const ProfileFields = {
  firstName: Name.nullable(),
  lastName: Name.nullable(),
  phoneNumber: Phone.nullable(),
  marketingConsent: z.boolean(),
};
const StaffFields = {
  ...ProfileFields,
  email: z.email().max(254),
  status: z.enum(['ACTIVE', 'INACTIVE']),
  notes: z.string().max(10_000).nullable(),
  tags: z.array(Tag).max(50),
  segment: z.string().trim().max(100).nullable(),
  customAttributes: z.record(z.string().max(100), z.unknown()),
};

export const CreateCustomerBody = z
  .strictObject({ ...StaffFields, addresses: z.array(AddressBody).max(20) })
  .partial()
  .required({ email: true });
export const UpdateCustomerBody = z
  .strictObject({ ...StaffFields, defaultAddressId: z.uuid().nullable() })
  .partial();
export type CreateCustomerInput = z.output<typeof CreateCustomerBody>;
export type UpdateCustomerInput = z.output<typeof UpdateCustomerBody>;

export const CustomerListQuery = listQuery([
  'createdAt',
  'email',
  'lastName',
  'orderCount',
  'totalSpent',
  'lastOrderDate',
]).extend({
  tag: Tag.optional(),
  segment: z.string().trim().max(100).optional(),
  status: z.enum(['ACTIVE', 'INACTIVE']).optional(),
});
export type CustomerListInput = z.output<typeof CustomerListQuery>;

export const Password = z.string().min(8, 'must be at least 8 characters').max(1024);
export const RegisterBody = z.object({
  email: z.email().max(254),
  password: Password,
  firstName: Name,
  lastName: Name,
  phoneNumber: Phone.optional(),
  marketingConsent: z.boolean().optional(),
});
export type RegisterInput = z.output<typeof RegisterBody>;
export const ShopperLoginBody = z.object({ email: z.string().max(254), password: z.string().max(1024) });
export const AccountUpdateBody = z.object(ProfileFields).partial();
export type AccountUpdateInput = z.output<typeof AccountUpdateBody>;
export const PasswordChangeBody = z.object({ currentPassword: z.string().max(1024), newPassword: Password });
