import { z } from 'zod';
import { unauthenticated } from '../../platform/errors.ts';
import { noContent, Reply, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { AcceptedMessageResponse } from './customers.responses.ts';
import { Password } from './customers.validators.ts';
import type { ShopperRecoveryService } from './shopper-recovery.service.ts';

const tags = ['storefront', 'account'];
const base = '/api/storefront/:domain';
const DomainParams = z.object({ domain: z.string() });
const Token = z.string().trim().min(16).max(200);
const SENT = new Reply(202, { message: 'If this email has an account here, a link is on its way.' });

/** Shopper password reset by email and email verification (links to the storefront's pages). */
export function recoveryRoutes(recovery: ShopperRecoveryService): RouteDef[] {
  return [
    storefrontRoute(
      {
        method: 'post',
        path: `${base}/auth/password-reset`,
        status: 202,
        summary: 'Email a password reset link (always 202: never tells whether the email has an account)',
        response: AcceptedMessageResponse,
        tags,
        params: DomainParams,
        body: z.strictObject({ email: z.email().max(320) }),
      },
      async ({ tx, store, body }) => {
        await recovery.requestPasswordReset(tx, store, body.email);
        return SENT;
      },
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${base}/auth/password-reset/confirm`,
        status: 204,
        summary: 'Set a new password with the link from the reset email',
        tags,
        params: DomainParams,
        body: z.strictObject({ token: Token, password: Password }),
      },
      async ({ tx, store, body }) => {
        await recovery.resetPassword(tx, store, body.token, body.password);
        return noContent();
      },
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${base}/auth/verify-email`,
        status: 204,
        summary: 'Confirm the email address with the link from the verification email',
        tags,
        params: DomainParams,
        body: z.strictObject({ token: Token }),
      },
      async ({ tx, store, body }) => {
        await recovery.verifyEmail(tx, store, body.token);
        return noContent();
      },
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${base}/account/verify-email/resend`,
        status: 202,
        summary: 'Email me a new verification link',
        response: AcceptedMessageResponse,
        tags,
        params: DomainParams,
      },
      async ({ tx, store, shopper }) => {
        if (!shopper) throw unauthenticated('Log in as a customer first');
        await recovery.sendVerification(tx, store, shopper.customerId);
        return new Reply(202, { message: 'A verification link is on its way.' });
      },
    ),
  ];
}
