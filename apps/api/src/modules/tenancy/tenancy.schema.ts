import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Json, TenantId } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';

export type StoreStatus = 'ACTIVE' | 'INACTIVE' | 'PENDING' | 'ARCHIVED';

export interface StoresTable {
  tenantId: TenantId;
  id: Generated<string>;
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
  socialLinks: Json<Record<string, string>>;
  settings: Json<Record<string, unknown>>;
  currency: Generated<string>;
  status: Generated<StoreStatus>;
  archivedAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  exportedAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface StoreDomainsTable {
  hostname: string;
  tenantId: TenantId;
  storeId: string;
  kind: 'PRIMARY' | 'CUSTOM';
}

/** A store's own domain awaiting (or past) proof of control; see migrations/0580. */
export interface DomainClaimsTable {
  tenantId: TenantId;
  storeId: string;
  kind: 'PRIMARY' | 'CUSTOM';
  hostname: string;
  token: string;
  verifiedAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  verifiedBy: ColumnType<'DNS' | 'HTTP' | null, 'DNS' | 'HTTP' | null | undefined, 'DNS' | 'HTTP' | null>;
  createdAt: Generated<Date>;
}

export interface StoreThemesTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  name: string;
  isActive: Generated<boolean>;
  headerLayout: Generated<string>;
  footerLayout: Generated<string>;
  homeLayout: Generated<string>;
  productLayout: Generated<string>;
  categoryLayout: Generated<string>;
  checkoutLayout: Generated<string>;
  customCss: string | null;
  customJs: string | null;
  settings: Json<Record<string, unknown>>;
  /** Unpublished design edits (migrations/0620); null when there are none. */
  draft: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface TenancyTables {
  stores: StoresTable;
  storeDomains: StoreDomainsTable;
  domainClaims: DomainClaimsTable;
  storeThemes: StoreThemesTable;
}

export type StoreRow = Selectable<StoresTable>;
export type DomainClaimRow = Selectable<DomainClaimsTable>;
export type ThemeRow = Selectable<StoreThemesTable>;

/** Tenancy writes its own tables only: its handle on the caller's tenant transaction. */
export const tenancyWrites = (tx: TenantTx) => writesTo<TenancyTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends TenancyTables {}
}
