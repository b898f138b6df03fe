import type { PlatformTables } from './platform-tables.ts';

/**
 * The Kysely type of the whole database. The platform declares only its own tables; each module
 * adds its tables from its schema file (`declare module '…/platform/db/database.ts'`), so this
 * layer imports no module and the database type still names every table. Columns are snake_case
 * in SQL and camelCase in TypeScript (`naming.ts`).
 */
export interface Database extends PlatformTables {}
