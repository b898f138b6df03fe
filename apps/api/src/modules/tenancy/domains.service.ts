import { randomBytes } from 'node:crypto';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import { afterCommit, type TenantTx } from '../../platform/db/pool.ts';
import { conflict, DomainError, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { challengePath, challengeRecordName, type DomainVerifier } from './domain-verifier.ts';
import type { DomainKind } from './domains.repository.ts';
import * as repo from './domains.repository.ts';
import type { StoreResolver } from './store-resolver.ts';
import * as stores from './stores.repository.ts';
import type { DomainClaimRow } from './tenancy.schema.ts';

export type DomainService = ReturnType<typeof createDomainService>;

export type DomainDto = {
  hostname: string;
  kind: 'primary' | 'custom';
  /** `verified`: the storefront answers on it; `pending`: waiting for proof of control. */
  status: 'verified' | 'pending';
  /** `platform` for a subdomain of PLATFORM_DOMAIN (no proof needed). */
  verifiedBy: 'dns' | 'http' | 'platform' | null;
  verifiedAt: string | null;
  /** How to prove control: either of the two; `null` for platform subdomains. */
  verification: {
    dns: { type: 'TXT'; name: string; value: string };
    http: { url: string; body: string };
  } | null;
};

export const duplicateDomain = (hostname: string) =>
  conflict('DUPLICATE_DOMAIN', `The domain ${hostname} is already used by another store`);

const toKind = (kind: DomainKind) => (kind === 'PRIMARY' ? 'primary' : 'custom');

function claimDto(claim: DomainClaimRow): DomainDto {
  return {
    hostname: claim.hostname,
    kind: toKind(claim.kind),
    status: claim.verifiedAt ? 'verified' : 'pending',
    verifiedBy: claim.verifiedBy === 'DNS' ? 'dns' : claim.verifiedBy === 'HTTP' ? 'http' : null,
    verifiedAt: claim.verifiedAt?.toISOString() ?? null,
    verification: {
      dns: { type: 'TXT', name: challengeRecordName(claim.hostname), value: claim.token },
      http: { url: `http://${claim.hostname}${challengePath(claim.token)}`, body: claim.token },
    },
  };
}

const platformDto = (hostname: string, kind: DomainKind): DomainDto => ({
  hostname,
  kind: toKind(kind),
  status: 'verified',
  verifiedBy: 'platform',
  verifiedAt: null,
  verification: null,
});

/**
 * A store's hostnames. A subdomain of PLATFORM_DOMAIN is the platform's to hand out and routes at
 * once (first come); any other hostname is the tenant's claim and routes only once verified. A
 * pending claim blocks no one; a hostname some store already routes cannot be claimed.
 */
export function createDomainService(deps: {
  platformDomain: string;
  resolver: StoreResolver;
  verifier: DomainVerifier;
}) {
  const isPlatformHost = (hostname: string) => hostname.endsWith(`.${deps.platformDomain}`);

  async function route(tx: TenantTx, storeId: string, kind: DomainKind, hostname: string | null) {
    try {
      await stores.setStoreHostname(tx, storeId, kind, hostname);
    } catch (err) {
      if (isUniqueViolation(err) && hostname) throw duplicateDomain(hostname);
      throw err;
    }
  }

  /** Sets the store's hostname of one kind (null removes it): routed now, or claimed for proof. */
  async function assign(tx: TenantTx, storeId: string, kind: DomainKind, hostname: string | null) {
    await route(tx, storeId, kind, null);
    await repo.replaceClaim(tx, null, storeId, kind);
    if (hostname === null) return;
    if (isPlatformHost(hostname)) return route(tx, storeId, kind, hostname);
    const owner = await repo.routedHostname(tx, hostname);
    if (owner) throw duplicateDomain(hostname);
    const token = randomBytes(16).toString('hex');
    await repo.replaceClaim(tx, { storeId, kind, hostname, token }, storeId, kind);
  }

  async function list(tx: TenantTx, storeId: string): Promise<DomainDto[]> {
    const [routed, claims] = await Promise.all([
      repo.routedHostnamesOf(tx, storeId),
      repo.findClaims(tx, storeId),
    ]);
    const claimed = new Set(claims.map((c) => c.hostname));
    const platform = routed
      .filter((r) => !claimed.has(r.hostname))
      .map((r) => platformDto(r.hostname, r.kind));
    return [...platform, ...claims.map(claimDto)].sort((a, b) => a.kind.localeCompare(b.kind));
  }

  async function describe(tx: TenantTx, storeId: string, hostname: string): Promise<DomainDto> {
    const found = (await list(tx, storeId)).find((d) => d.hostname === hostname);
    if (!found) throw notFound('Domain');
    return found;
  }

  /** Checks the proof for a claimed hostname; on success the storefront answers on it at once. */
  async function verify(tx: TenantTx, storeId: string, hostname: string): Promise<DomainDto> {
    const claim = await repo.findClaim(tx, storeId, hostname);
    if (!claim) return describe(tx, storeId, hostname); // a platform subdomain needs no proof
    if (claim.verifiedAt) return claimDto(claim);
    const owner = await repo.routedHostname(tx, hostname);
    if (owner) throw duplicateDomain(hostname);
    const result = await deps.verifier.check(hostname, claim.token);
    if (!result.ok)
      throw new DomainError(
        'UNPROCESSABLE',
        'DOMAIN_NOT_VERIFIED',
        `Could not verify ${hostname}: create the TXT record or serve the HTTP token, then verify again`,
        { reasons: result.reasons, verification: claimDto(claim).verification },
      );
    await route(tx, storeId, claim.kind, hostname);
    const verified = await repo.markVerified(tx, storeId, claim.kind, result.method);
    await recordEvent(tx, 'store.domain.verified', { storeId, hostname });
    afterCommit(tx, () => deps.resolver.forget([hostname]));
    return claimDto(verified);
  }

  return { isPlatformHost, assign, list, describe, verify };
}
