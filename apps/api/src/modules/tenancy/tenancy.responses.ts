import { z } from 'zod';
import { DateTimeOut, type Expect, type Fits } from '../../platform/http/schemas.ts';
import type { StoreDto, ThemeDto, toPublicSettings } from './tenancy.dto.ts';

/**
 * What the store and theme routes answer, as the wire carries it; checked against every reply in
 * tests with VALIDATE_RESPONSES=1 (see platform/http).
 */

const storeFields = {
  id: z.string(),
  name: z.string(),
  domain: z.string(),
  customDomain: z.string().nullable(),
  logo: z.string().nullable(),
  favicon: z.string().nullable(),
  primaryColor: z.string().nullable(),
  secondaryColor: z.string().nullable(),
  description: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  socialLinks: z.record(z.string(), z.string()),
  settings: z.record(z.string(), z.unknown()),
  currency: z.string(),
  status: z.enum(['ACTIVE', 'INACTIVE', 'PENDING', 'ARCHIVED']),
  archivedAt: DateTimeOut.nullable(),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
};

export const StoreResponse = z.strictObject({ tenantId: z.string(), ...storeFields });

export const ThemeResponse = z.strictObject({
  id: z.string(),
  storeId: z.string(),
  name: z.string(),
  isActive: z.boolean(),
  headerLayout: z.string(),
  footerLayout: z.string(),
  homeLayout: z.string(),
  productLayout: z.string(),
  categoryLayout: z.string(),
  checkoutLayout: z.string(),
  customCSS: z.string().nullable(),
  customJS: z.string().nullable(),
  settings: z.record(z.string(), z.unknown()),
  hasDraft: z.boolean(),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
});

/** What a shopper's storefront reads of its store: no tenant, no secrets, the live theme. */
export const PublicStoreSettingsResponse = z.strictObject({
  ...storeFields,
  theme: ThemeResponse.nullable(),
});

export type TenancyDtosFit = [
  Expect<Fits<StoreDto, typeof StoreResponse>>,
  Expect<Fits<ThemeDto, typeof ThemeResponse>>,
  Expect<Fits<ReturnType<typeof toPublicSettings>, typeof PublicStoreSettingsResponse>>,
];
