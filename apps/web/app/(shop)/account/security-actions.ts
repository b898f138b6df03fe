'use server';
// Password and email links, and the shopper's own data (export, deletion).
import { cookies } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import * as account from '@/lib/api/account';
import { assertCsrf } from '@/lib/csrf';
import { back, ShopperError, text } from '@/lib/forms';
import { SESSION_COOKIE, shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';

const SECURITY = '/account/security';
const linkProblem = (error: unknown) =>
  error instanceof account.ApiError && error.status === 401
    ? new ShopperError('This link is invalid, already used or expired. Ask for a new one.')
    : error;

/** Always the same answer, whether or not the email has an account here. */
export async function requestPasswordReset(form: FormData) {
  try {
    await assertCsrf(form);
    await account.requestPasswordReset(await requireStore(), text(form, 'email'));
  } catch (error) {
    back('/account/forgot-password', error);
  }
  redirect('/account/forgot-password?sent=1');
}

export async function resetPassword(form: FormData) {
  const token = text(form, 'token');
  try {
    await assertCsrf(form);
    const password = String(form.get('password') ?? '');
    if (password !== String(form.get('confirm') ?? ''))
      throw new ShopperError('The two passwords are not the same.');
    await account.resetPassword(await requireStore(), { token, password });
  } catch (error) {
    unstable_rethrow(error);
    back(`/account/reset-password?token=${encodeURIComponent(token)}`, linkProblem(error));
  }
  redirect('/account/login?reset=1');
}

export async function verifyEmail(form: FormData) {
  try {
    await assertCsrf(form);
    await account.verifyEmail(await requireStore(), text(form, 'token'));
  } catch (error) {
    unstable_rethrow(error);
    back('/account/verify-email', linkProblem(error));
  }
  redirect('/account/verify-email?done=1');
}

async function signedIn() {
  const [store, token] = await Promise.all([requireStore(), shopperToken()]);
  if (!token) redirect(`/account/login?next=${encodeURIComponent(SECURITY)}`);
  return { store, token };
}

export async function resendVerification(form: FormData) {
  try {
    await assertCsrf(form);
    const { store, token } = await signedIn();
    await account.resendVerification(store, token);
  } catch (error) {
    back(SECURITY, error);
  }
  redirect(`${SECURITY}?saved=verification`);
}

export async function changePassword(form: FormData) {
  try {
    await assertCsrf(form);
    const { store, token } = await signedIn();
    const newPassword = String(form.get('newPassword') ?? '');
    if (newPassword !== String(form.get('confirm') ?? ''))
      throw new ShopperError('The two new passwords are not the same.');
    await account.changePassword(store, token, {
      currentPassword: String(form.get('currentPassword') ?? ''),
      newPassword,
    });
  } catch (error) {
    unstable_rethrow(error);
    const wrong = error instanceof account.ApiError && error.status === 401;
    back(SECURITY, wrong ? new ShopperError('Your current password is not right.') : error);
  }
  redirect(`${SECURITY}?saved=password`);
}

/** Erases the account (orders stay with the store, anonymised) and signs the shopper out. */
export async function deleteMyAccount(form: FormData) {
  try {
    await assertCsrf(form);
    if (text(form, 'confirm') !== 'DELETE')
      throw new ShopperError('Type DELETE in capitals to confirm that the account should go.');
    const { store, token } = await signedIn();
    await account.deleteAccount(store, token);
  } catch (error) {
    back(SECURITY, error);
  }
  (await cookies()).delete(SESSION_COOKIE);
  redirect('/?account=deleted');
}
