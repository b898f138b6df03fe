import { z } from 'zod';
import { TokenPairResponse } from '../../platform/auth/tokens.ts';
import { DateTimeOut, type Expect, type Fits } from '../../platform/http/schemas.ts';
import type { AuthService } from './auth.service.ts';
import type { StoreDto, ThemeDto, toPublicSettings } from './tenancy.dto.ts';
import { THEME_FONTS } from './tenancy.validators.ts';
import type { ThemeDraftView } from './theme-drafts.service.ts';
import type { TwoFactorService } from './two-factor.service.ts';

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

// Merchant sign-in and account security.
const role = z.enum(['OWNER', 'ADMIN', 'STAFF']);
const SessionUser = z.strictObject({ id: z.string(), email: z.string(), name: z.string().nullable(), role });

/** A signed-in merchant: who, which tenant, and the tokens. */
export const MerchantSessionResponse = TokenPairResponse.extend({
  user: SessionUser,
  tenant: z.strictObject({ id: z.string(), name: z.string() }),
});

/** With two-factor on, a correct password earns a challenge for `POST /api/auth/2fa/verify`. */
export const LoginResponse = z.union([
  MerchantSessionResponse,
  z.strictObject({ twoFactorRequired: z.literal(true), challengeToken: z.string() }),
]);

export const NewUserResponse = SessionUser;

export const MeResponse = SessionUser.extend({
  storeIds: z.array(z.string()).nullable(),
  tenantId: z.string(),
  emailVerified: z.boolean(),
  twoFactorEnabled: z.boolean(),
});

/** An accepted request whose outcome the caller learns elsewhere (an email). */
export const MessageResponse = z.strictObject({ message: z.string() });

export const TwoFactorSetupResponse = z.strictObject({
  secret: z.string().describe('Base32, for an authenticator app that cannot scan'),
  otpauthUrl: z.string().describe('The otpauth:// URL, to show as a QR code'),
});
export const TwoFactorEnabledResponse = z.strictObject({
  enabled: z.literal(true),
  recoveryCodes: z.array(z.string()).describe('Shown this once'),
});

export type AuthDtosFit = [
  Expect<Fits<Awaited<ReturnType<AuthService['me']>>, typeof MeResponse>>,
  Expect<Fits<Awaited<ReturnType<TwoFactorService['setup']>>, typeof TwoFactorSetupResponse>>,
];

// The design editor: a theme's live design and its draft.
const DesignResponse = z.strictObject({
  headerLayout: z.string(),
  homeLayout: z.string(),
  productLayout: z.string(),
  categoryLayout: z.string(),
  footerLayout: z.string(),
  checkoutLayout: z.string(),
  primaryColor: z.string().nullable(),
  secondaryColor: z.string().nullable(),
  customCSS: z.string().nullable(),
  font: z
    .enum(THEME_FONTS)
    .nullable()
    .describe('A curated system font stack; null is the storefront default'),
  logo: z.string().nullable(),
  favicon: z.string().nullable(),
  hero: z
    .strictObject({
      heading: z.string(),
      text: z.string().nullable(),
      buttonLabel: z.string().nullable(),
      buttonLink: z.string().nullable(),
    })
    .nullable()
    .describe("The home page hero; null shows the store's name and description"),
});
export const ThemeDraftResponse = z.strictObject({
  themeId: z.string(),
  name: z.string(),
  isActive: z.boolean(),
  hasDraft: z.boolean(),
  live: DesignResponse,
  draft: DesignResponse.describe('The live design with the draft edits laid over'),
  updatedAt: DateTimeOut,
});
export const PreviewTokenResponse = z.strictObject({
  token: z.string(),
  expiresAt: DateTimeOut,
  url: z.string().describe('The storefront with the draft applied'),
});
export const PreviewStoreSettingsResponse = PublicStoreSettingsResponse.extend({ preview: z.literal(true) });

export type ThemeDraftDtosFit = [Expect<Fits<ThemeDraftView, typeof ThemeDraftResponse>>];

/** A store's data for the merchant to keep: every row of every table, by table name. */
export const StoreExportResponse = z.strictObject({
  store: StoreResponse,
  exportedAt: DateTimeOut,
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
