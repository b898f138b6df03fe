import { forbidden } from '../../platform/errors.ts';
import {
  type AdminAuth,
  adminRoute,
  noContent,
  publicRoute,
  Reply,
  type RouteDef,
} from '../../platform/http/route.ts';
import type { AccountEmailService } from './account-emails.service.ts';
import type { AuthService } from './auth.service.ts';
import {
  MeResponse,
  MerchantSessionResponse,
  MessageResponse,
  TwoFactorEnabledResponse,
  TwoFactorSetupResponse,
} from './tenancy.responses.ts';
import {
  PasswordResetBody,
  PasswordResetConfirmBody,
  SecondFactorBody,
  TotpCodeBody,
  TwoFactorLoginBody,
  VerifyEmailBody,
} from './tenancy.validators.ts';
import type { TwoFactorService } from './two-factor.service.ts';

const tags = ['auth'];

/** An API key acts for its creator but is not them: it may not change their own account. */
function self(auth: AdminAuth) {
  if (auth.apiKeyId) throw forbidden('An API key cannot change the account of a person');
  return auth.userId;
}

/** Merchant account security: password reset, email verification, TOTP two-factor. */
export function merchantAccountRoutes(deps: {
  auth: AuthService;
  emails: AccountEmailService;
  twoFactor: TwoFactorService;
}): RouteDef[] {
  const { auth, emails, twoFactor } = deps;
  return [
    publicRoute(
      {
        method: 'post',
        path: '/api/auth/password-reset',
        status: 202,
        summary: 'Email a password-reset link (the same answer whether or not the email has an account)',
        tags,
        response: MessageResponse,
        body: PasswordResetBody,
      },
      async ({ body }) => {
        await emails.requestPasswordReset(body.email);
        return new Reply(202, { message: 'If the address has an account, a reset link is on its way' });
      },
    ),
    publicRoute(
      {
        method: 'post',
        path: '/api/auth/password-reset/confirm',
        status: 204,
        summary: 'Set a new password with a reset link; other sessions end',
        tags,
        body: PasswordResetConfirmBody,
      },
      async ({ body }) => {
        await emails.resetPassword(body.token, body.password);
        return noContent();
      },
    ),
    publicRoute(
      {
        method: 'post',
        path: '/api/auth/verify-email',
        status: 204,
        summary: 'Confirm an email address',
        tags,
        body: VerifyEmailBody,
      },
      async ({ body }) => {
        await emails.verifyEmail(body.token);
        return noContent();
      },
    ),
    publicRoute(
      {
        method: 'post',
        path: '/api/auth/2fa/verify',
        status: 200,
        summary: 'Complete a two-factor login challenge',
        tags,
        response: MerchantSessionResponse,
        body: TwoFactorLoginBody,
      },
      ({ body }) => auth.completeTwoFactor(body.challengeToken, body),
    ),
    adminRoute(
      { method: 'get', path: '/api/auth/me', summary: 'The signed-in user', tags, response: MeResponse },
      ({ auth: who }) => auth.me(who.userId),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/auth/verify-email/resend',
        status: 202,
        summary: 'Email a new verification link',
        tags,
        response: MessageResponse,
      },
      async ({ auth: who }) => {
        await emails.sendVerification(self(who));
        return new Reply(202, { message: 'Sent unless the address is already verified' });
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/auth/2fa/setup',
        status: 200,
        summary: 'Start two-factor setup (secret and otpauth URL)',
        tags,
        response: TwoFactorSetupResponse,
      },
      ({ auth: who }) => twoFactor.setup(self(who)),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/auth/2fa/enable',
        status: 200,
        summary: 'Turn two-factor on with a code; returns recovery codes once',
        tags,
        response: TwoFactorEnabledResponse,
        body: TotpCodeBody,
      },
      ({ auth: who, body }) => twoFactor.enable(self(who), body.code),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/auth/2fa/disable',
        status: 204,
        summary: 'Turn two-factor off (needs a code or a recovery code)',
        tags,
        body: SecondFactorBody,
      },
      async ({ auth: who, body }) => {
        await twoFactor.disable(self(who), body);
        return noContent();
      },
    ),
  ];
}
