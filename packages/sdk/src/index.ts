export type * from './catalog.ts';
export type * from './checkout.ts';
export { ApiError, type ApiResponse, type ClientOptions, VentoryClient } from './client.ts';
export type * from './customers.ts';
export type * from './inventory.ts';
export type * from './storefront.ts';
export { type StorefrontApi, storefrontApi } from './storefront.ts';
export type * from './types.ts';
