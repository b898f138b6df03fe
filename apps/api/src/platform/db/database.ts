import type { AccessTables } from '../../modules/access/index.ts';
import type { AnalyticsTables } from '../../modules/analytics/index.ts';
import type { CartTables } from '../../modules/cart/index.ts';
import type { CatalogTables } from '../../modules/catalog/index.ts';
import type { CustomerTables } from '../../modules/customers/index.ts';
import type { FulfillmentTables } from '../../modules/fulfillment/index.ts';
import type { InventoryTables } from '../../modules/inventory/index.ts';
import type { LoyaltyTables } from '../../modules/loyalty/index.ts';
import type { NotificationTables } from '../../modules/notifications/index.ts';
import type { OrdersTables } from '../../modules/orders/index.ts';
import type { PaymentsTables } from '../../modules/payments/index.ts';
import type { PricingTables } from '../../modules/pricing/index.ts';
import type { ReturnTables } from '../../modules/returns/index.ts';
import type { SavedViewTables } from '../../modules/saved-views/index.ts';
import type { SubscriptionTables } from '../../modules/subscriptions/index.ts';
import type { TenancyTables } from '../../modules/tenancy/index.ts';
import type { PlatformTables } from './platform-tables.ts';

/**
 * The Kysely type of the whole database: each module declares its own tables in its schema file
 * and adds them here. Columns are snake_case in SQL and camelCase in TypeScript (CamelCasePlugin).
 */
export interface Database
  extends PlatformTables,
    TenancyTables,
    InventoryTables,
    PricingTables,
    OrdersTables,
    PaymentsTables,
    CartTables,
    SubscriptionTables,
    CatalogTables,
    CustomerTables,
    NotificationTables,
    FulfillmentTables,
    ReturnTables,
    LoyaltyTables,
    AnalyticsTables,
    AccessTables,
    SavedViewTables {}
