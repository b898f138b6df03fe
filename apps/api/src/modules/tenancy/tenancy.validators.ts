import { z } from 'zod';
import { Hostname, safeLink } from '../../platform/http/schemas.ts';

const Color = z.string().regex(/^#[0-9a-fA-F]{3,8}$/, 'must be a hex colour like #1a2b3c');
const Url = z
  .string()
  .max(2048)
  .refine((v) => /^(https?:\/\/|\/)/.test(v), 'must be an http(s) URL or a path');

export const SignupBody = z.strictObject({
  tenantName: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  password: z.string().min(8, 'must be at least 8 characters').max(1024),
  name: z.string().trim().max(200).optional(),
});

export const LoginBody = z.strictObject({ email: z.string().max(254), password: z.string().max(1024) });
export const RefreshBody = z.strictObject({ refreshToken: z.string().min(1).max(200) });

export const StoreFields = {
  name: z.string().trim().min(1).max(200),
  domain: Hostname,
  customDomain: Hostname.nullable(),
  logo: Url.nullable(),
  favicon: Url.nullable(),
  primaryColor: Color.nullable(),
  secondaryColor: Color.nullable(),
  description: z.string().max(5000).nullable(),
  contactEmail: z.email().nullable(),
  contactPhone: z.string().max(40).nullable(),
  socialLinks: z.record(z.string().max(40), Url),
  settings: z.record(z.string().max(100), z.unknown()),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like USD')
    .refine((c) => Intl.supportedValuesOf('currency').includes(c), 'is not a known currency'),
  status: z.enum(['ACTIVE', 'INACTIVE', 'PENDING']),
};

export const CreateStoreBody = z.strictObject({
  ...StoreFields,
  domain: StoreFields.domain.optional(),
  customDomain: StoreFields.customDomain.optional(),
  logo: StoreFields.logo.optional(),
  favicon: StoreFields.favicon.optional(),
  primaryColor: StoreFields.primaryColor.optional(),
  secondaryColor: StoreFields.secondaryColor.optional(),
  description: StoreFields.description.optional(),
  contactEmail: StoreFields.contactEmail.optional(),
  contactPhone: StoreFields.contactPhone.optional(),
  socialLinks: StoreFields.socialLinks.optional(),
  settings: StoreFields.settings.optional(),
  currency: StoreFields.currency.optional(),
  status: StoreFields.status.optional(),
});
export const UpdateStoreBody = z.strictObject(StoreFields).partial();
export type CreateStoreInput = z.output<typeof CreateStoreBody>;
export type UpdateStoreInput = z.output<typeof UpdateStoreBody>;

const Layout = z.string().trim().min(1).max(60);
const ThemeFields = {
  name: z.string().trim().min(1).max(200),
  isActive: z.boolean(),
  headerLayout: Layout,
  footerLayout: Layout,
  homeLayout: Layout,
  productLayout: Layout,
  categoryLayout: Layout,
  checkoutLayout: Layout,
  customCSS: z.string().max(100_000).nullable(),
  customJS: z.string().max(100_000).nullable(),
  settings: z.record(z.string().max(100), z.unknown()),
};
export const CreateThemeBody = z.strictObject(ThemeFields).partial().required({ name: true });
export const UpdateThemeBody = z.strictObject(ThemeFields).partial();
export type ThemeInput = z.output<typeof UpdateThemeBody>;

/**
 * The curated type choices: system font stacks (after modernfontstacks.com) that every device
 * already has, so a store's font costs no download and no third-party request. The storefront
 * maps each name to its stack (apps/web lib/theme.ts, typed by the SDK's `ThemeFont`).
 */
export const THEME_FONTS = [
  'system-ui',
  'transitional',
  'old-style',
  'humanist',
  'rounded',
  'monospace',
] as const;
const ThemeFontName = z.enum(THEME_FONTS);

/** An image the storefront shows (logo, favicon): an http(s) URL or one of our uploads. */
const ImageUrl = z
  .string()
  .max(2048)
  .refine(
    (v) => /^https?:\/\/[^\s]+$/i.test(v) || /^\/api\/media\/uploads\/[\w./-]+$/.test(v),
    'must be an http(s) URL or an uploaded image (/api/media/uploads/...)',
  );

/** A hero button's target: a path on the store (never `//host`) or an http(s) URL, no script. */
const HeroLink = safeLink(2048, 'a store path like /collections/new');

/** The home page hero; without one the storefront shows the store's name and description. */
export const ThemeHero = z
  .strictObject({
    heading: z.string().trim().min(1).max(120),
    text: z.string().trim().max(300).nullable().optional(),
    buttonLabel: z.string().trim().min(1).max(40).nullable().optional(),
    buttonLink: HeroLink.nullable().optional(),
  })
  .refine((h) => !h.buttonLabel === !h.buttonLink, {
    message: 'a button needs both a label and a link',
    path: ['buttonLink'],
  });
export type ThemeHeroInput = z.output<typeof ThemeHero>;

/**
 * A draft edit from the design editor: only the layouts the storefront renders (apps/web
 * lib/theme.ts), the store's brand colours, logo and favicon, custom CSS, the font and the home
 * hero. Omitted fields keep their draft (or live) value; `null` falls back to the storefront's
 * defaults (its colours, system font, the store's name and description as hero).
 */
export const ThemeDraftBody = z.strictObject({
  headerLayout: z.enum(['classic', 'centered', 'bold']).optional(),
  homeLayout: z.enum(['classic', 'editorial', 'bold']).optional(),
  productLayout: z.enum(['classic', 'stacked', 'split']).optional(),
  categoryLayout: z.enum(['grid', 'list', 'compact']).optional(),
  footerLayout: z.enum(['classic', 'minimal']).optional(),
  checkoutLayout: z.enum(['classic', 'focused']).optional(),
  primaryColor: Color.nullable().optional(),
  secondaryColor: Color.nullable().optional(),
  customCSS: z.string().max(50_000).nullable().optional(),
  font: ThemeFontName.nullable().optional(),
  logo: ImageUrl.nullable().optional(),
  favicon: ImageUrl.nullable().optional(),
  hero: ThemeHero.nullable().optional(),
});
export type ThemeDraft = z.output<typeof ThemeDraftBody>;

const Token = z.string().min(20).max(200);
const Password = z.string().min(8, 'must be at least 8 characters').max(1024);
export const PasswordResetBody = z.strictObject({ email: z.string().trim().max(254) });
export const PasswordResetConfirmBody = z.strictObject({ token: Token, password: Password });
export const VerifyEmailBody = z.strictObject({ token: Token });
export const TotpCodeBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'must be 6 digits'),
});
/** A second factor: a current TOTP code, or one of the recovery codes. */
const Factor = {
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'must be 6 digits')
    .optional(),
  recoveryCode: z.string().trim().min(6).max(40).optional(),
};
const oneFactor = (b: { code?: string; recoveryCode?: string }) =>
  (b.code === undefined) !== (b.recoveryCode === undefined);
export const SecondFactorBody = z
  .strictObject(Factor)
  .refine(oneFactor, { message: 'give either code or recoveryCode', path: ['code'] });
export const TwoFactorLoginBody = z
  .strictObject({ challengeToken: Token, ...Factor })
  .refine(oneFactor, { message: 'give either code or recoveryCode', path: ['code'] });
