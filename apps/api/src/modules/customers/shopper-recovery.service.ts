import { createHash, randomBytes } from 'node:crypto';
import { hashPassword } from '../../platform/auth/passwords.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { unauthenticated } from '../../platform/errors.ts';
import type { ResolvedStore } from '../../platform/http/route.ts';
import * as repo from './customers.repository.ts';
import { customersWrites } from './customers.schema.ts';

type Purpose = 'PASSWORD_RESET' | 'EMAIL_VERIFY';
const TTL_MS: Record<Purpose, number> = { PASSWORD_RESET: 3600_000, EMAIL_VERIFY: 3 * 24 * 3600_000 };
/** At most one email of a kind per account per minute: the reset endpoint is public. */
const RESEND_AFTER_MS = 60_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Sends one of the store's branded account emails (the notifications module, wired in composition). */
export type ShopperMail = (
  tx: TenantTx,
  email: {
    storeId: string;
    template: 'password_reset' | 'email_verification';
    to: string;
    data: Record<string, unknown>;
    reference: string;
  },
) => Promise<void>;

export type ShopperRecoveryService = ReturnType<typeof createShopperRecoveryService>;

/**
 * Shopper password reset and email verification, by the store's own emails with links to its
 * storefront (`/account/reset-password`, `/account/verify-email`). Tokens are single use, expire,
 * and are stored only as hashes; asking for a reset never tells whether the email has an account.
 */
export function createShopperRecoveryService(deps: {
  mail: ShopperMail;
  /** A storefront page of a store, e.g. `https://shop.example/account/reset-password?token=…`. */
  link: (domain: string, path: string) => string;
}) {
  async function issue(tx: TenantTx, customerId: string, purpose: Purpose): Promise<string | null> {
    const recent = await tx
      .selectFrom('customerTokens')
      .select('createdAt')
      .where('customerId', '=', customerId)
      .where('purpose', '=', purpose)
      .where('createdAt', '>', new Date(Date.now() - RESEND_AFTER_MS))
      .executeTakeFirst();
    if (recent) return null;
    const token = randomBytes(32).toString('base64url');
    await customersWrites(tx)
      .insertInto('customerTokens')
      .values({
        tokenHash: sha256(token),
        customerId,
        purpose,
        expiresAt: new Date(Date.now() + TTL_MS[purpose]),
        usedAt: null,
      })
      .execute();
    return token;
  }

  /** Spends a token: its customer, or 401 for an unknown, used or expired link. */
  async function spend(tx: TenantTx, storeId: string, token: string, purpose: Purpose) {
    const row = await customersWrites(tx)
      .updateTable('customerTokens')
      .set({ usedAt: new Date() })
      .where('tokenHash', '=', sha256(token))
      .where('purpose', '=', purpose)
      .where('usedAt', 'is', null)
      .where('expiresAt', '>', new Date())
      .returning('customerId')
      .executeTakeFirst();
    const customer = row ? await repo.findCustomerById(tx, row.customerId) : undefined;
    if (!customer || customer.storeId !== storeId)
      throw unauthenticated('This link is invalid, used or expired');
    return customer;
  }

  async function sendLink(
    tx: TenantTx,
    store: ResolvedStore,
    customer: { id: string; email: string; firstName: string | null },
    purpose: Purpose,
  ) {
    const token = await issue(tx, customer.id, purpose);
    if (!token) return;
    const page = purpose === 'PASSWORD_RESET' ? 'reset-password' : 'verify-email';
    await deps.mail(tx, {
      storeId: store.storeId,
      template: purpose === 'PASSWORD_RESET' ? 'password_reset' : 'email_verification',
      to: customer.email,
      data: {
        customer: { firstName: customer.firstName ?? '' },
        link: { url: deps.link(store.hostname, `/account/${page}?token=${encodeURIComponent(token)}`) },
      },
      reference: `customer:${customer.id}:${purpose}`,
    });
  }

  return {
    /** Emails a reset link when the email has an account in this store; the answer is the same either way. */
    async requestPasswordReset(tx: TenantTx, store: ResolvedStore, email: string) {
      const customer = await repo.findCustomerByEmail(tx, store.storeId, email.trim().toLowerCase());
      if (!customer || customer.status !== 'ACTIVE' || customer.erasedAt) return;
      if (!(await repo.findPasswordHash(tx, customer.id))) return;
      await sendLink(tx, store, customer, 'PASSWORD_RESET');
    },

    /** Sets a new password from a reset link; following the link also proves the email. */
    async resetPassword(tx: TenantTx, store: ResolvedStore, token: string, password: string) {
      const customer = await spend(tx, store.storeId, token, 'PASSWORD_RESET');
      await repo.replacePasswordHash(tx, customer.id, await hashPassword(password));
      if (!customer.emailVerifiedAt)
        await repo.updateCustomer(tx, customer.id, { emailVerifiedAt: new Date() });
    },

    /** Emails a verification link to a shopper whose email is not verified yet. */
    async sendVerification(tx: TenantTx, store: ResolvedStore, customerId: string) {
      const customer = await repo.findCustomerById(tx, customerId);
      if (!customer || customer.emailVerifiedAt) return;
      await sendLink(tx, store, customer, 'EMAIL_VERIFY');
    },

    async verifyEmail(tx: TenantTx, store: ResolvedStore, token: string) {
      const customer = await spend(tx, store.storeId, token, 'EMAIL_VERIFY');
      if (!customer.emailVerifiedAt)
        await repo.updateCustomer(tx, customer.id, { emailVerifiedAt: new Date() });
    },
  };
}
