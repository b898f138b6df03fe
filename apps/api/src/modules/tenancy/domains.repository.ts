import type { TenantTx } from '../../platform/db/pool.ts';
import { type DomainClaimRow, tenancyWrites } from './tenancy.schema.ts';

export type DomainKind = DomainClaimRow['kind'];

export const findClaims = (tx: TenantTx, storeId: string) =>
  tx.selectFrom('domainClaims').selectAll().where('storeId', '=', storeId).execute();

export const findClaim = (tx: TenantTx, storeId: string, hostname: string) =>
  tx
    .selectFrom('domainClaims')
    .selectAll()
    .where('storeId', '=', storeId)
    .where('hostname', '=', hostname)
    .executeTakeFirst();

export async function replaceClaim(
  tx: TenantTx,
  claim: { storeId: string; kind: DomainKind; hostname: string; token: string } | null,
  storeId: string,
  kind: DomainKind,
) {
  await tenancyWrites(tx)
    .deleteFrom('domainClaims')
    .where('storeId', '=', storeId)
    .where('kind', '=', kind)
    .execute();
  if (claim) await tenancyWrites(tx).insertInto('domainClaims').values(claim).execute();
}

export const markVerified = (tx: TenantTx, storeId: string, kind: DomainKind, method: 'DNS' | 'HTTP') =>
  tenancyWrites(tx)
    .updateTable('domainClaims')
    .set({ verifiedAt: new Date(), verifiedBy: method })
    .where('storeId', '=', storeId)
    .where('kind', '=', kind)
    .returningAll()
    .executeTakeFirstOrThrow();

/** Who routes `hostname` now, in any tenant (store_domains is readable by everyone). */
export const routedHostname = (tx: TenantTx, hostname: string) =>
  tx
    .selectFrom('storeDomains')
    .select(['tenantId', 'storeId', 'kind'])
    .where('hostname', '=', hostname)
    .executeTakeFirst();

/** The hostnames a store routes now: platform subdomains and verified own domains. */
export const routedHostnamesOf = (tx: TenantTx, storeId: string) =>
  tx.selectFrom('storeDomains').select(['hostname', 'kind']).where('storeId', '=', storeId).execute();
