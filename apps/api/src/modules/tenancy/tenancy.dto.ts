import type { StoreRow, ThemeRow } from './tenancy.schema.ts';

export type StoreDto = ReturnType<typeof toStoreDto>;
export type ThemeDto = ReturnType<typeof toThemeDto>;

export const toStoreDto = (s: StoreRow) => ({
  id: s.id,
  tenantId: s.tenantId,
  name: s.name,
  domain: s.domain,
  customDomain: s.customDomain,
  logo: s.logo,
  favicon: s.favicon,
  primaryColor: s.primaryColor,
  secondaryColor: s.secondaryColor,
  description: s.description,
  contactEmail: s.contactEmail,
  contactPhone: s.contactPhone,
  socialLinks: s.socialLinks,
  settings: s.settings,
  currency: s.currency.trim(),
  status: s.status,
  archivedAt: s.archivedAt?.toISOString() ?? null,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

export const toThemeDto = (t: ThemeRow) => ({
  id: t.id,
  storeId: t.storeId,
  name: t.name,
  isActive: t.isActive,
  headerLayout: t.headerLayout,
  footerLayout: t.footerLayout,
  homeLayout: t.homeLayout,
  productLayout: t.productLayout,
  categoryLayout: t.categoryLayout,
  checkoutLayout: t.checkoutLayout,
  customCSS: t.customCss,
  customJS: t.customJs,
  settings: t.settings,
  hasDraft: t.draft !== null,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

const SECRET_KEY = /secret|password|token|private|apikey|api_key/i;

/** What a shopper may see of a store: no secrets in settings, no tenant internals. */
export function toPublicSettings(store: StoreRow, theme: ThemeRow | undefined) {
  const { tenantId: _t, settings, ...rest } = toStoreDto(store);
  const publicSettings = Object.fromEntries(Object.entries(settings).filter(([k]) => !SECRET_KEY.test(k)));
  return { ...rest, settings: publicSettings, theme: theme ? toThemeDto(theme) : null };
}
