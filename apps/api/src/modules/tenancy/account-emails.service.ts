import { createHash, randomBytes } from 'node:crypto';
import { hashPassword } from '../../platform/auth/passwords.ts';
import type { Db, PlatformTx } from '../../platform/db/pool.ts';
import { unauthenticated } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import { escapeHtml } from '../notifications/index.ts';

/** What account emails need from the notifications module's mailer. */
export type AccountMailer = {
  send(email: { to: string; subject: string; html: string; text: string; messageId: string }): Promise<void>;
};

type Purpose = 'PASSWORD_RESET' | 'EMAIL_VERIFY';
const TTL_MS: Record<Purpose, number> = { PASSWORD_RESET: 3600_000, EMAIL_VERIFY: 3 * 24 * 3600_000 };
/** One reset email per account per minute at most: the endpoint is public. */
const RESEND_AFTER_MS = 60_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export type AccountEmailService = ReturnType<typeof createAccountEmailService>;

/**
 * Merchant password reset and email verification: single-use, expiring links whose tokens are
 * kept only as hashes. Asking for a reset never says whether the email has an account.
 */
export function createAccountEmailService(deps: {
  db: Db;
  mailer: AccountMailer;
  logger: Logger;
  adminUrl: string;
}) {
  const base = deps.adminUrl.replace(/\/$/, '');

  async function issue(tx: PlatformTx, user: { id: string; tenantId: string }, purpose: Purpose) {
    const token = randomBytes(32).toString('base64url');
    await tx
      .insertInto('userTokens')
      .values({
        tokenHash: sha256(token),
        tenantId: user.tenantId,
        userId: user.id,
        purpose,
        expiresAt: new Date(Date.now() + TTL_MS[purpose]),
        usedAt: null,
      })
      .execute();
    return token;
  }

  function send(to: string, subject: string, intro: string, link: string) {
    const text = `${intro}\n\n${link}\n\nIf you did not ask for this, ignore this email.\n`;
    const html = `<p>${escapeHtml(intro)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(subject)}</a></p><p>If you did not ask for this, ignore this email.</p>`;
    const messageId = `<${randomBytes(12).toString('hex')}@ventory>`;
    return deps.mailer
      .send({ to, subject, html, text, messageId })
      .catch((err: unknown) => deps.logger.error({ err }, 'account email not sent'));
  }

  /** Spends a token of `purpose`: its user, or 401 for an unknown, used or expired one. */
  async function spend(tx: PlatformTx, token: string, purpose: Purpose) {
    const row = await tx
      .updateTable('userTokens')
      .set({ usedAt: new Date() })
      .where('tokenHash', '=', sha256(token))
      .where('purpose', '=', purpose)
      .where('usedAt', 'is', null)
      .where('expiresAt', '>', new Date())
      .returning(['userId'])
      .executeTakeFirst();
    if (!row) throw unauthenticated('Invalid, used or expired link');
    return row.userId;
  }

  return {
    /** Emails a reset link when the address has an account; answers the same either way. */
    async requestPasswordReset(email: string) {
      const sent = await deps.db.withPlatform(async (tx) => {
        const user = await tx
          .selectFrom('users')
          .select(['id', 'tenantId', 'email'])
          .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
          .executeTakeFirst();
        if (!user) return null;
        const recent = await tx
          .selectFrom('userTokens')
          .select('createdAt')
          .where('userId', '=', user.id)
          .where('purpose', '=', 'PASSWORD_RESET')
          .where('createdAt', '>', new Date(Date.now() - RESEND_AFTER_MS))
          .executeTakeFirst();
        if (recent) return null;
        return { to: user.email, token: await issue(tx, user, 'PASSWORD_RESET') };
      });
      if (sent)
        await send(
          sent.to,
          'Reset your Ventory password',
          'Someone asked to reset the password of your Ventory account. The link works once, for one hour:',
          `${base}/reset-password?token=${sent.token}`,
        );
    },

    /** Sets a new password from a reset link; every other session of the account ends. */
    async resetPassword(token: string, password: string) {
      const passwordHash = await hashPassword(password);
      await deps.db.withPlatform(async (tx) => {
        const userId = await spend(tx, token, 'PASSWORD_RESET');
        // The link proves control of the mailbox, so the address counts as verified too.
        await tx
          .updateTable('users')
          .set((eb) => ({
            passwordHash,
            sessionsValidAfter: new Date(),
            emailVerifiedAt: eb.fn.coalesce('emailVerifiedAt', eb.val(new Date())),
          }))
          .where('id', '=', userId)
          .execute();
        await tx
          .updateTable('userTokens')
          .set({ usedAt: new Date() })
          .where('userId', '=', userId)
          .where('purpose', '=', 'PASSWORD_RESET')
          .where('usedAt', 'is', null)
          .execute();
      });
    },

    /** Emails a verification link to the user's address (after signup, or on request). */
    async sendVerification(userId: string) {
      const sent = await deps.db.withPlatform(async (tx) => {
        const user = await tx
          .selectFrom('users')
          .select(['id', 'tenantId', 'email', 'emailVerifiedAt'])
          .where('id', '=', userId)
          .executeTakeFirst();
        if (!user || user.emailVerifiedAt) return null;
        return { to: user.email, token: await issue(tx, user, 'EMAIL_VERIFY') };
      });
      if (sent)
        await send(
          sent.to,
          'Confirm your email address',
          'Confirm the email address of your Ventory account:',
          `${base}/verify-email?token=${sent.token}`,
        );
    },

    async verifyEmail(token: string) {
      await deps.db.withPlatform(async (tx) => {
        const userId = await spend(tx, token, 'EMAIL_VERIFY');
        await tx.updateTable('users').set({ emailVerifiedAt: new Date() }).where('id', '=', userId).execute();
      });
    },
  };
}
