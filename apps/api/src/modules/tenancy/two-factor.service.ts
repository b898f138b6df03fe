import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import type { Db, PlatformTx } from '../../platform/db/pool.ts';
import { conflict, invalid, unauthenticated } from '../../platform/errors.ts';
import type { Role } from '../../platform/http/route.ts';
import type { KeyValueStore } from '../../platform/kv/kv.ts';

const ISSUER = 'Ventory';
const CHALLENGE_TTL_SECONDS = 300;
const MAX_ATTEMPTS = 5;
const RECOVERY_CODES = 10;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** Recovery codes are compared without dashes, spaces or case, as people type them. */
const normalise = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();

type Challenge = { userId: string; tenantId: string; role: Role; attempts: number };
export type SecondFactor = { code?: string; recoveryCode?: string };

export type TwoFactorService = ReturnType<typeof createTwoFactorService>;

/**
 * TOTP two-factor for merchant users (RFC 6238, 30 s steps, one step of clock drift either way),
 * with single-use recovery codes kept as hashes. A code is accepted once: the last step used is
 * stored and an equal or older step is refused (no replay inside the window).
 */
export function createTwoFactorService(deps: { db: Db; kv: KeyValueStore }) {
  const challengeKey = (token: string) => `2fa:${sha256(token)}`;

  /** True when `code` is a fresh TOTP code of the user's secret (and marks its step used). */
  async function acceptTotp(tx: PlatformTx, userId: string, secret: string, code: string) {
    if (!/^\d{6}$/.test(code)) return false;
    const result = await verify({ secret, token: code, epochTolerance: 30 });
    // The TOTP strategy reports the time step the code belongs to (HOTP results have none).
    if (!result.valid || !('timeStep' in result)) return false;
    const step = result.timeStep;
    const marked = await tx
      .updateTable('users')
      .set({ totpLastStep: step })
      .where('id', '=', userId)
      .where((eb) => eb.or([eb('totpLastStep', 'is', null), eb('totpLastStep', '<', step)]))
      .returning('id')
      .executeTakeFirst();
    return marked !== undefined;
  }

  async function acceptRecovery(tx: PlatformTx, userId: string, code: string) {
    const used = await tx
      .updateTable('userRecoveryCodes')
      .set({ usedAt: new Date() })
      .where('userId', '=', userId)
      .where('codeHash', '=', sha256(normalise(code)))
      .where('usedAt', 'is', null)
      .returning('userId')
      .executeTakeFirst();
    return used !== undefined;
  }

  /** Checks a second factor of an enabled user inside `tx`. */
  async function check(tx: PlatformTx, userId: string, factor: SecondFactor) {
    const user = await tx
      .selectFrom('users')
      .select(['totpSecret', 'totpEnabledAt'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user?.totpSecret || !user.totpEnabledAt) return false;
    if (factor.code) return acceptTotp(tx, userId, user.totpSecret, factor.code);
    if (factor.recoveryCode) return acceptRecovery(tx, userId, factor.recoveryCode);
    return false;
  }

  async function newRecoveryCodes(tx: PlatformTx, user: { id: string; tenantId: string }) {
    const codes = Array.from({ length: RECOVERY_CODES }, () => {
      const hex = randomBytes(5).toString('hex');
      return `${hex.slice(0, 5)}-${hex.slice(5)}`;
    });
    await tx.deleteFrom('userRecoveryCodes').where('userId', '=', user.id).execute();
    await tx
      .insertInto('userRecoveryCodes')
      .values(
        codes.map((c) => ({
          tenantId: user.tenantId,
          userId: user.id,
          codeHash: sha256(normalise(c)),
          usedAt: null,
        })),
      )
      .execute();
    return codes;
  }

  return {
    /** Starts (or restarts) setup: a new secret for the authenticator app, not yet in force. */
    setup: (userId: string) =>
      deps.db.withPlatform(async (tx) => {
        const user = await tx
          .selectFrom('users')
          .select(['email', 'totpEnabledAt'])
          .where('id', '=', userId)
          .executeTakeFirstOrThrow();
        if (user.totpEnabledAt) throw conflict('TWO_FACTOR_ENABLED', 'Two-factor is already on');
        const secret = generateSecret();
        await tx
          .updateTable('users')
          .set({ totpSecret: secret, totpLastStep: null })
          .where('id', '=', userId)
          .execute();
        return { secret, otpauthUrl: generateURI({ issuer: ISSUER, label: user.email, secret }) };
      }),

    /** Turns two-factor on once the app shows a valid code; returns the recovery codes, once. */
    enable: (userId: string, code: string) =>
      deps.db.withPlatform(async (tx) => {
        const user = await tx
          .selectFrom('users')
          .select(['id', 'tenantId', 'totpSecret', 'totpEnabledAt'])
          .where('id', '=', userId)
          .executeTakeFirstOrThrow();
        if (user.totpEnabledAt) throw conflict('TWO_FACTOR_ENABLED', 'Two-factor is already on');
        if (!user.totpSecret) throw conflict('TWO_FACTOR_NOT_SET_UP', 'Start with POST /api/auth/2fa/setup');
        if (!(await acceptTotp(tx, userId, user.totpSecret, code)))
          throw invalid('The code is not valid', [{ path: 'code', message: 'wrong or expired code' }]);
        await tx.updateTable('users').set({ totpEnabledAt: new Date() }).where('id', '=', userId).execute();
        return { enabled: true, recoveryCodes: await newRecoveryCodes(tx, user) };
      }),

    /** Turns two-factor off; needs a current code or a recovery code. */
    disable: (userId: string, factor: SecondFactor) =>
      deps.db.withPlatform(async (tx) => {
        if (!(await check(tx, userId, factor))) throw unauthenticated('Wrong two-factor code');
        await tx
          .updateTable('users')
          .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
          .where('id', '=', userId)
          .execute();
        await tx.deleteFrom('userRecoveryCodes').where('userId', '=', userId).execute();
      }),

    /** After a correct password: a short-lived challenge to complete with a second factor. */
    async challenge(user: { id: string; tenantId: string; role: Role }) {
      const token = randomBytes(32).toString('base64url');
      const value: Challenge = { userId: user.id, tenantId: user.tenantId, role: user.role, attempts: 0 };
      await deps.kv.set(challengeKey(token), JSON.stringify(value), CHALLENGE_TTL_SECONDS);
      return token;
    },

    /** Completes a challenge: its user, or 401 (five wrong codes end the challenge). */
    async complete(token: string, factor: SecondFactor) {
      const raw = await deps.kv.take(challengeKey(token));
      if (!raw) throw unauthenticated('Invalid or expired two-factor challenge');
      const challenge = JSON.parse(raw) as Challenge;
      const ok = await deps.db.withPlatform((tx) => check(tx, challenge.userId, factor));
      if (ok) return challenge;
      if (challenge.attempts + 1 < MAX_ATTEMPTS)
        await deps.kv.set(
          challengeKey(token),
          JSON.stringify({ ...challenge, attempts: challenge.attempts + 1 }),
          CHALLENGE_TTL_SECONDS,
        );
      throw unauthenticated('Wrong two-factor code');
    },
  };
}
