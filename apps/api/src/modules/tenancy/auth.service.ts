import { type LoginThrottle, loginAccountKey } from '../../platform/auth/login-throttle.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../platform/auth/passwords.ts';
import type { TokenService } from '../../platform/auth/tokens.ts';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { Db } from '../../platform/db/pool.ts';
import { conflict, unauthenticated } from '../../platform/errors.ts';
import type { Role } from '../../platform/http/route.ts';
import type { AccountEmailService } from './account-emails.service.ts';
import type { SecondFactor, TwoFactorService } from './two-factor.service.ts';

export type AuthService = ReturnType<typeof createAuthService>;

type Session = { userId: string; tenantId: string; role: Role };

/**
 * Merchant accounts: signup creates a tenant and its owner; login issues a short-lived access
 * token and a rotating refresh token. Failed logins are limited per account (the email: merchant
 * emails are unique platform-wide) with a growing lock, under a much higher per-IP ceiling.
 */
export function createAuthService(deps: {
  db: Db;
  tokens: TokenService;
  logins: LoginThrottle;
  twoFactor: TwoFactorService;
  accountEmails: AccountEmailService;
}) {
  const { db, tokens, logins, twoFactor } = deps;

  async function issue(session: Session) {
    const [accessToken, refreshToken] = await Promise.all([
      tokens.signAdmin(session),
      tokens.issueRefresh(session),
    ]);
    return { accessToken, refreshToken, tokenType: 'Bearer' as const };
  }

  const tenantOf = (id: string) =>
    db.withPlatform((tx) =>
      tx.selectFrom('tenants').select(['id', 'name']).where('id', '=', id).executeTakeFirstOrThrow(),
    );

  const duplicateEmail = (err: unknown) => {
    if (isUniqueViolation(err))
      throw conflict('DUPLICATE_EMAIL', 'An account with this email already exists');
    throw err;
  };

  return {
    async signup(input: { tenantName: string; email: string; password: string; name?: string }) {
      const passwordHash = await hashPassword(input.password);
      const { tenant, user } = await db
        .withPlatform(async (tx) => {
          const tenant = await tx
            .insertInto('tenants')
            .values({ name: input.tenantName })
            .returning(['id', 'name'])
            .executeTakeFirstOrThrow();
          const user = await tx
            .insertInto('users')
            .values({
              tenantId: tenant.id,
              email: input.email.toLowerCase(),
              passwordHash,
              name: input.name ?? null,
              role: 'OWNER',
            })
            .returning(['id', 'email', 'name', 'role'])
            .executeTakeFirstOrThrow();
          return { tenant, user };
        })
        .catch(duplicateEmail);
      await deps.accountEmails.sendVerification(user.id);
      return { tenant, user, ...(await issue({ userId: user.id, tenantId: tenant.id, role: user.role })) };
    },

    async login(input: { email: string; password: string }, ip: string) {
      const email = input.email.trim().toLowerCase();
      const account = loginAccountKey('merchant', email);
      await logins.check(account, ip);
      const user = await db.withPlatform((tx) =>
        tx
          .selectFrom('users')
          .selectAll()
          .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
          .executeTakeFirst(),
      );
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
      if (!user || !ok) {
        await logins.failed(account, ip);
        throw unauthenticated('Wrong email or password');
      }
      await logins.succeeded(account);
      // With two-factor on, the password alone opens nothing: it earns a challenge.
      if (user.totpEnabledAt)
        return { twoFactorRequired: true as const, challengeToken: await twoFactor.challenge(user) };
      const tenant = await tenantOf(user.tenantId);
      return {
        user: { id: user.id, email: user.email, name: user.name, role: user.role },
        tenant,
        ...(await issue({ userId: user.id, tenantId: user.tenantId, role: user.role })),
      };
    },

    /** Completes a login challenge with a TOTP or recovery code: the session. */
    async completeTwoFactor(challengeToken: string, factor: SecondFactor) {
      const who = await twoFactor.complete(challengeToken, factor);
      const user = await db.withPlatform((tx) =>
        tx
          .selectFrom('users')
          .select(['id', 'email', 'name', 'role', 'tenantId'])
          .where('id', '=', who.userId)
          .executeTakeFirstOrThrow(),
      );
      const tenant = await tenantOf(user.tenantId);
      return {
        user: { id: user.id, email: user.email, name: user.name, role: user.role },
        tenant,
        ...(await issue({ userId: user.id, tenantId: user.tenantId, role: user.role })),
      };
    },

    /** The signed-in user's own account: email state and two-factor. */
    me: (userId: string) =>
      db.withPlatform(async (tx) => {
        const u = await tx
          .selectFrom('users')
          .select(['id', 'email', 'name', 'role', 'storeIds', 'emailVerifiedAt', 'totpEnabledAt', 'tenantId'])
          .where('id', '=', userId)
          .executeTakeFirstOrThrow();
        return {
          id: u.id,
          email: u.email,
          name: u.name,
          role: u.role,
          storeIds: u.storeIds,
          tenantId: u.tenantId,
          emailVerified: u.emailVerifiedAt !== null,
          twoFactorEnabled: u.totpEnabledAt !== null,
        };
      }),

    /** Spends the refresh token and returns a new pair (rotation); a reused token is 401. */
    async refresh(refreshToken: string) {
      const grant = await tokens.rotateRefresh(refreshToken);
      // The user may have been removed or changed role since the token was issued.
      const user = await db.withPlatform((tx) =>
        tx
          .selectFrom('users')
          .select(['id', 'tenantId', 'role', 'sessionsValidAfter'])
          .where('id', '=', grant.userId)
          .executeTakeFirst(),
      );
      if (!user) throw unauthenticated('The account no longer exists');
      if (user.sessionsValidAfter && (grant.iat ?? 0) < Math.floor(user.sessionsValidAfter.getTime() / 1000))
        throw unauthenticated('This session has ended (the password was changed)');
      return issue({ userId: user.id, tenantId: user.tenantId, role: user.role });
    },

    logout: (refreshToken: string) => tokens.revokeRefresh(refreshToken),

    /** Adds an ADMIN or STAFF user to a tenant (owners and admins only, checked at the route). */
    async addUser(
      tenantId: string,
      input: { email: string; password: string; name?: string; role: 'ADMIN' | 'STAFF' },
    ) {
      const passwordHash = await hashPassword(input.password);
      return db
        .withPlatform((tx) =>
          tx
            .insertInto('users')
            .values({
              tenantId,
              email: input.email.toLowerCase(),
              passwordHash,
              name: input.name ?? null,
              role: input.role,
            })
            .returning(['id', 'email', 'name', 'role'])
            .executeTakeFirstOrThrow(),
        )
        .catch(duplicateEmail);
    },
  };
}
