/** Customers: profiles, address books, shopper accounts and order counters. */

export { accountRoutes } from './account.routes.ts';
export type { AddressDto, CustomerDto, ShopperDto } from './customers.dto.ts';
export { customersGraphQL } from './customers.graphql.ts';
export { hasMarketingConsent } from './customers.repository.ts';
export { customerRoutes } from './customers.routes.ts';
export type { CustomerTables } from './customers.schema.ts';
export { type CustomerService, createCustomerService } from './customers.service.ts';
export { AddressFields } from './customers.validators.ts';
export { privacyRoutes } from './privacy.routes.ts';
export { createPrivacyService, type PrivacyService } from './privacy.service.ts';
export { pushRoutes } from './push.routes.ts';
export { recoveryRoutes } from './recovery.routes.ts';
export { segmentRoutes } from './segments.routes.ts';
export {
  createSegmentService,
  evaluateAllSegments,
  SEGMENT_JOB,
  type SegmentService,
} from './segments.service.ts';
export { createShopperAuthService, type ShopperAuthService } from './shopper-auth.service.ts';
export {
  createShopperRecoveryService,
  type ShopperMail,
  type ShopperRecoveryService,
} from './shopper-recovery.service.ts';
