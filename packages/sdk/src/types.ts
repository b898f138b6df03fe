import type { RequestBody, ResponseBody } from './contract.ts';

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

type Theme = '/api/stores/{storeId}/themes/{id}';

/** A signed-in staff session (login answers this, or a second-factor challenge). */
export type Session = Extract<ResponseBody<'/api/auth/login', 'post'>, { accessToken: string }>;
export type TenantUser = ResponseBody<'/api/users', 'post'>;
export type UploadedImage = ResponseBody<'/api/media/uploads', 'post'>['data'][number];
export type ImportReport = ResponseBody<'/api/inventory/products/import', 'post'>;

export type Store = ResponseBody<'/api/stores/{id}', 'get'>;
export type StoreStatus = Store['status'];
export type StoreInput = RequestBody<'/api/stores/{id}', 'put'>;
export type StoreTheme = ResponseBody<Theme, 'get'>;
export type ThemeDraft = ResponseBody<`${Theme}/draft`, 'get'>;
/**
 * What the design editor edits: the theme's layouts, CSS, font and hero plus the store's brand
 * colours, logo and favicon.
 */
export type ThemeDesign = ThemeDraft['draft'];
/** The curated system font stacks a theme may use (the API's enum; the storefront maps each). */
export type ThemeFont = NonNullable<ThemeDesign['font']>;
/** The home page hero a theme sets; without one the store's name and description show. */
export type ThemeHero = NonNullable<ThemeDesign['hero']>;
export type PreviewToken = ResponseBody<`${Theme}/preview-token`, 'post'>;
export type StorefrontSettings = ResponseBody<'/api/storefront/{domain}/settings', 'get'>;
