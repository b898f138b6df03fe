import type { CustomerTables } from '../../modules/customers/index.ts';
import type { NotificationTables } from '../../modules/notifications/index.ts';
import type { TenancyTables } from '../../modules/tenancy/index.ts';
import type { PlatformTables } from './platform-tables.ts';

/**
 * The Kysely type of the whole database: each module declares its own tables in its schema file
 * and adds them here. Columns are snake_case in SQL and camelCase in TypeScript (CamelCasePlugin).
 */
export interface Database extends PlatformTables, TenancyTables, CustomerTables, NotificationTables {}
