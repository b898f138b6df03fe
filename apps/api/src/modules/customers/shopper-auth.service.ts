import { type LoginThrottle, loginAccountKey } from '../../platform/auth/login-throttle.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../platform/auth/passwords.ts';
import type { TokenService } from '../../platform/auth/tokens.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { unauthenticated } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import type { ResolvedStore } from '../../platform/http/route.ts';
import { storeCurrency } from '../tenancy/index.ts';
import { toShopperDto } from './customers.dto.ts';
import * as repo from './customers.repository.ts';
import { duplicateEmail } from './customers.service.ts';
import type { RegisterInput } from './customers.validators.ts';

export type ShopperAuthService = ReturnType<typeof createShopperAuthService>;

/**
 * Shopper accounts of a store: registration (which also claims a guest profile with the same
 * email that has no password yet), login with failed attempts limited per account (store and
 * email) under a per-IP ceiling like the merchant login, and password changes. Tokens are customer tokens scoped to the store.
 */
export function createShopperAuthService(deps: { tokens: TokenService; logins: LoginThrottle }) {
  const { tokens, logins } = deps;

  async function session(tx: TenantTx, store: ResolvedStore, customerId: string) {
    const row = await repo.findCustomerById(tx, customerId);
    if (!row) throw unauthenticated();
    const [addresses, currency, accessToken] = await Promise.all([
      repo.listAddresses(tx, [row.id]),
      storeCurrency(tx, store.storeId),
      tokens.signShopper({ customerId: row.id, tenantId: store.tenantId, storeId: store.storeId }),
    ]);
    return { customer: toShopperDto(row, addresses, currency), accessToken, tokenType: 'Bearer' as const };
  }

  return {
    async register(tx: TenantTx, store: ResolvedStore, input: RegisterInput) {
      const email = input.email.trim().toLowerCase();
      const passwordHash = await hashPassword(input.password);
      const created = await repo.insertCustomerUnlessTaken(tx, {
        storeId: store.storeId,
        email,
        firstName: input.firstName,
        lastName: input.lastName,
        phoneNumber: input.phoneNumber ?? null,
        marketingConsent: input.marketingConsent ?? false,
        customAttributes: '{}',
      });
      // A profile the store has for this email (a guest's, staff-made, or a guest order's being
      // written meanwhile: the insert waits for it) is claimed unless it has a password already.
      const existing = created ? undefined : await repo.findCustomerByEmail(tx, store.storeId, email);
      const customer = created ?? existing;
      if (!customer || !(await repo.insertPasswordHash(tx, customer.id, passwordHash)))
        throw duplicateEmail();
      if (existing)
        await repo.updateCustomer(tx, existing.id, {
          firstName: existing.firstName ?? input.firstName,
          lastName: existing.lastName ?? input.lastName,
          ...(input.marketingConsent !== undefined ? { marketingConsent: input.marketingConsent } : {}),
        });
      await recordEvent(tx, 'customer.registered', { storeId: store.storeId, customerId: customer.id });
      return session(tx, store, customer.id);
    },

    async login(tx: TenantTx, store: ResolvedStore, input: { email: string; password: string }, ip: string) {
      const email = input.email.trim().toLowerCase();
      const account = loginAccountKey({ storeId: store.storeId }, email);
      await logins.check(account, ip);
      const customer = await repo.findCustomerByEmail(tx, store.storeId, email);
      const hash =
        customer && customer.status === 'ACTIVE' ? await repo.findPasswordHash(tx, customer.id) : undefined;
      const ok = await verifyPassword(hash ?? (await dummyPasswordHash()), input.password);
      if (!customer || !hash || !ok) {
        await logins.failed(account, ip);
        throw unauthenticated('Wrong email or password');
      }
      await logins.succeeded(account);
      return session(tx, store, customer.id);
    },

    async changePassword(
      tx: TenantTx,
      customerId: string,
      input: { currentPassword: string; newPassword: string },
    ) {
      const hash = await repo.findPasswordHash(tx, customerId);
      if (!hash || !(await verifyPassword(hash, input.currentPassword)))
        throw unauthenticated('The current password is wrong');
      await repo.replacePasswordHash(tx, customerId, await hashPassword(input.newPassword));
    },
  };
}
