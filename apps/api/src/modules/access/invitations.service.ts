import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../platform/auth/passwords.ts';
import type { TokenService } from '../../platform/auth/tokens.ts';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import { afterCommit, type Db, type TenantTx } from '../../platform/db/pool.ts';
import { conflict, notFound, unauthenticated } from '../../platform/errors.ts';
import type { AdminAuth } from '../../platform/http/route.ts';
import type { Logger } from '../../platform/logger.ts';
import { escapeHtml } from '../notifications/index.ts';
import { accessWrites } from './access.schema.ts';
import { hashSecret } from './principals.ts';
import { assertTenantStores } from './staff.service.ts';

const INVITATION_TTL_MS = 7 * 24 * 3600_000;
const columns = [
  'id',
  'email',
  'role',
  'storeIds',
  'invitedBy',
  'createdAt',
  'expiresAt',
  'acceptedAt',
  'revokedAt',
] as const;

/** What the invitation service needs to send email (the notifications module's mailer). */
export type InviteMailer = {
  send(email: { to: string; subject: string; html: string; text: string; messageId: string }): Promise<void>;
};

export type InvitationService = ReturnType<typeof createInvitationService>;

/**
 * Staff invitations: an emailed single-use link (hashed at rest, 7 days) that lets the invitee
 * set a password and join the tenant with the role and stores chosen by whoever invited them.
 */
export function createInvitationService(deps: {
  db: Db;
  tokens: TokenService;
  mailer: InviteMailer;
  logger: Logger;
  /** Base URL of the merchant admin app; the link is `<adminUrl>/accept-invitation?token=…`. */
  adminUrl: string;
}) {
  function mail(to: string, tenantName: string, token: string) {
    const link = `${deps.adminUrl.replace(/\/$/, '')}/accept-invitation?token=${encodeURIComponent(token)}`;
    const text = `You have been invited to manage ${tenantName} on Ventory.\n\nAccept within 7 days: ${link}\n`;
    const html = `<p>You have been invited to manage <strong>${escapeHtml(tenantName)}</strong> on Ventory.</p><p><a href="${escapeHtml(link)}">Accept the invitation</a> (valid for 7 days).</p>`;
    return deps.mailer
      .send({
        to,
        subject: `Join ${tenantName} on Ventory`,
        html,
        text,
        messageId: `<${randomBytes(12).toString('hex')}@ventory>`,
      })
      .catch((err: unknown) => deps.logger.error({ err }, 'invitation email not sent'));
  }

  return {
    /** Creates an invitation and emails its link once the transaction has committed. */
    async invite(
      tx: TenantTx,
      auth: AdminAuth,
      input: { email: string; role: 'ADMIN' | 'STAFF'; storeIds?: string[] | null },
    ) {
      await assertTenantStores(tx, input.storeIds);
      const email = input.email.toLowerCase();
      const taken = await tx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      if (taken) throw conflict('DUPLICATE_EMAIL', 'This person is already a member');
      const token = randomBytes(32).toString('base64url');
      const row = await accessWrites(tx)
        .insertInto('staffInvitations')
        .values({
          email,
          role: input.role,
          storeIds: input.storeIds ?? null,
          tokenHash: hashSecret(token),
          invitedBy: auth.userId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        })
        .returning(columns)
        .executeTakeFirstOrThrow();
      const tenant = await tx.selectFrom('tenants').select('name').executeTakeFirstOrThrow();
      afterCommit(tx, () => mail(email, tenant.name, token));
      return row;
    },

    async list(tx: TenantTx) {
      const rows = await tx
        .selectFrom('staffInvitations')
        .select(columns)
        .orderBy('createdAt', 'desc')
        .execute();
      return { data: rows };
    },

    async revoke(tx: TenantTx, id: string) {
      const row = await accessWrites(tx)
        .updateTable('staffInvitations')
        .set({ revokedAt: new Date() })
        .where('id', '=', id)
        .where('acceptedAt', 'is', null)
        .returning(columns)
        .executeTakeFirst();
      if (!row) throw notFound('Open invitation');
    },

    /** Spends an invitation: creates the user with a password and signs them in. */
    async accept(input: { token: string; password: string; name?: string }) {
      const passwordHash = await hashPassword(input.password);
      const user = await deps.db
        .withPlatform(async (tx) => {
          const inv = await tx
            .updateTable('staffInvitations')
            .set({ acceptedAt: new Date() })
            .where('tokenHash', '=', hashSecret(input.token))
            .where('acceptedAt', 'is', null)
            .where('revokedAt', 'is', null)
            .where('expiresAt', '>', new Date())
            .returning(['tenantId', 'email', 'role', 'storeIds'])
            .executeTakeFirst();
          if (!inv) throw unauthenticated('Invalid, used or expired invitation');
          return tx
            .insertInto('users')
            .values({
              tenantId: inv.tenantId,
              email: inv.email,
              passwordHash,
              name: input.name ?? null,
              role: inv.role,
              storeIds: inv.storeIds,
            })
            .returning(['id', 'tenantId', 'email', 'name', 'role', 'storeIds'])
            .executeTakeFirstOrThrow();
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err))
            throw conflict('DUPLICATE_EMAIL', 'An account with this email already exists');
          throw err;
        });
      const session = { userId: user.id, tenantId: user.tenantId, role: user.role };
      const [accessToken, refreshToken] = await Promise.all([
        deps.tokens.signAdmin(session),
        deps.tokens.issueRefresh(session),
      ]);
      return { user, accessToken, refreshToken, tokenType: 'Bearer' as const };
    },
  };
}
