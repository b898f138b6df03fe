/** Tenancy: tenants, merchant users and auth, stores, domains, themes. */

export { merchantAccountRoutes } from './account.routes.ts';
export { type AccountMailer, createAccountEmailService } from './account-emails.service.ts';
export { authRoutes } from './auth.routes.ts';
export { type AuthService, createAuthService } from './auth.service.ts';
export { createDomainVerifier, type DomainVerifier } from './domain-verifier.ts';
export { domainRoutes } from './domains.routes.ts';
export { createDomainService, type DomainDto, type DomainService } from './domains.service.ts';
export { createStoreArchiveService, type StoreArchiveService } from './store-archive.service.ts';
export {
  primeStoreContext,
  type StoreContext,
  storeContext,
  storeContextQuery,
  storeCurrency,
} from './store-context.ts';
export { createStoreResolver, type StoreResolver } from './store-resolver.ts';
export { storeSettingsGraphQL } from './store-settings.graphql.ts';
export { storeRoutes } from './stores.routes.ts';
export { createStoreService, type StoreService } from './stores.service.ts';
export type { StoreDto, ThemeDto } from './tenancy.dto.ts';
export { tenancyGraphQL, themeGraphQL } from './tenancy.graphql.ts';
export type { StoreRow, TenancyTables } from './tenancy.schema.ts';
export { themeDraftRoutes } from './theme-drafts.routes.ts';
export { createTwoFactorService } from './two-factor.service.ts';
