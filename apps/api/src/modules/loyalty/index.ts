/** Loyalty: per-store earning rule, point balances with a ledger, redemption as store credit. */
export { loyaltyRoutes } from './loyalty.routes.ts';
export type { LoyaltyTables } from './loyalty.schema.ts';
export { createLoyaltyService, type LoyaltyService } from './loyalty.service.ts';
