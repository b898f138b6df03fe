/** API shapes, as the contract (shared/API-CONTRACT.md) names them. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: Array<{ path: string; message: string }>;
};

export type List<T> = { data: T[]; total: number; limit: number; offset: number };

export type Session = {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  tenant: { id: string; name: string };
  user: { id: string; email: string; name?: string | null; role?: string };
};

export type TenantUser = {
  id: string;
  email: string;
  name: string | null;
  role: 'OWNER' | 'ADMIN' | 'STAFF';
  createdAt?: string;
};

export type UploadedImage = { url: string; width: number; height: number; bytes: number; name: string };

export type ImportReport = {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: Array<{ line: number; sku: string | null; errors: Array<{ path: string; message: string }> }>;
};

export type StoreStatus = 'ACTIVE' | 'INACTIVE' | 'PENDING';
export type Store = {
  id: string;
  tenantId: string;
  name: string;
  domain: string;
  customDomain: string | null;
  logo: string | null;
  favicon: string | null;
  primaryColor: string | null;
  secondaryColor: string | null;
  description: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  socialLinks: Record<string, string>;
  settings: Record<string, unknown>;
  currency: string;
  status: StoreStatus;
  createdAt: string;
  updatedAt: string;
};
export type StoreInput = Partial<Omit<Store, 'id' | 'tenantId' | 'createdAt' | 'updatedAt'>>;

export type StoreTheme = {
  id: string;
  storeId: string;
  name: string;
  isActive: boolean;
  headerLayout: string;
  footerLayout: string;
  homeLayout: string;
  productLayout: string;
  categoryLayout: string;
  checkoutLayout: string;
  customCSS: string | null;
  customJS: string | null;
  settings: Record<string, unknown>;
  /** The theme has unpublished design edits. */
  hasDraft?: boolean;
};

/** The curated system font stacks a theme may use (the API's enum; the storefront maps each). */
export type ThemeFont = 'system-ui' | 'transitional' | 'old-style' | 'humanist' | 'rounded' | 'monospace';
/** The home page hero a theme sets; without one the store's name and description show. */
export type ThemeHero = {
  heading: string;
  text: string | null;
  buttonLabel: string | null;
  buttonLink: string | null;
};

/**
 * What the design editor edits: the theme's layouts, CSS, font and hero plus the store's brand
 * colours, logo and favicon.
 */
export type ThemeDesign = {
  headerLayout: string;
  homeLayout: string;
  productLayout: string;
  categoryLayout: string;
  footerLayout: string;
  checkoutLayout: string;
  primaryColor: string | null;
  secondaryColor: string | null;
  customCSS: string | null;
  font: ThemeFont | null;
  logo: string | null;
  favicon: string | null;
  hero: ThemeHero | null;
};
export type ThemeDraft = {
  themeId: string;
  name: string;
  isActive: boolean;
  hasDraft: boolean;
  live: ThemeDesign;
  draft: ThemeDesign;
  updatedAt: string;
};
export type PreviewToken = { token: string; expiresAt: string; url: string };

export type StorefrontSettings = Omit<Store, 'tenantId'> & { theme: StoreTheme | null };
