import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { eventually, startMailbox } from '../../../../test/mailbox.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
before(async () => {
  mailbox = await startMailbox();
  server = await startTestServer({
    smtpUrl: mailbox.url,
    deliveryPollMs: 40,
    deliveryRetryBaseMs: 40,
    storefrontUrl: 'http://{domain}:3000',
  });
});
after(async () => {
  await server.close();
  await mailbox.close();
});

/** The token of the link to `page` in the newest email to `to` about `subject`. */
async function linkToken(to: string, subject: RegExp, page: string, already = 0) {
  const mail = await eventually(
    () => mailbox.to(to).filter((m) => subject.test(m.subject))[already],
    `the email "${subject}" to ${to}`,
  );
  const match = new RegExp(`http://[^"]+:3000/account/${page}\\?token=([\\w-]+)`).exec(mail.html);
  assert.ok(match, mail.html);
  return match[1] as string;
}

describe('shopper password reset and email verification', () => {
  test('registering emails a verification link; following it verifies the email, once', async () => {
    const { store } = await newMerchantWithStore(server);
    const shopper = anonymous(server);
    const email = `verify-${Date.now()}@example.test`;
    const session = await shopper.account.register(store.domain, {
      email,
      password: 'first password',
      firstName: 'Ada',
      lastName: 'Lovelace',
    });
    const me = shopper.as(session.accessToken);
    const account = () =>
      me.call<{ emailVerified: boolean }>('GET', `/api/storefront/${store.domain}/account`);
    assert.equal((await account()).emailVerified, false);
    const token = await linkToken(email, /Confirm your email/, 'verify-email');
    const sf = `/api/storefront/${store.domain}`;
    assert.equal((await shopper.raw('POST', `${sf}/auth/verify-email`, { token })).status, 204);
    assert.equal((await account()).emailVerified, true);
    assert.equal((await shopper.raw('POST', `${sf}/auth/verify-email`, { token })).status, 401, 'single use');
    // Verified: asking again sends nothing more.
    assert.equal((await me.raw('POST', `${sf}/account/verify-email/resend`)).status, 202);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(mailbox.to(email).filter((m) => /Confirm your email/.test(m.subject)).length, 1);
  });

  test('a reset link sets a new password once; unknown emails get the same answer and no email', async () => {
    const { store } = await newMerchantWithStore(server);
    const shopper = anonymous(server);
    const sf = `/api/storefront/${store.domain}`;
    const email = `reset-${Date.now()}@example.test`;
    await shopper.account.register(store.domain, {
      email,
      password: 'old password',
      firstName: 'Grace',
      lastName: 'Hopper',
    });
    const asked = await shopper.raw<{ message: string }>('POST', `${sf}/auth/password-reset`, {
      email: email.toUpperCase(),
    });
    const unknown = await shopper.raw<{ message: string }>('POST', `${sf}/auth/password-reset`, {
      email: `nobody-${Date.now()}@example.test`,
    });
    assert.deepEqual([asked.status, unknown.status], [202, 202]);
    assert.deepEqual(asked.body, unknown.body);
    // A second request within the minute sends no second email.
    await shopper.raw('POST', `${sf}/auth/password-reset`, { email });
    const token = await linkToken(email, /Reset your/, 'reset-password');

    const weak = await shopper.raw('POST', `${sf}/auth/password-reset/confirm`, { token, password: 'short' });
    assert.equal(weak.status, 400);
    const done = await shopper.raw('POST', `${sf}/auth/password-reset/confirm`, {
      token,
      password: 'brand new password',
    });
    assert.equal(done.status, 204);
    const again = await shopper.raw('POST', `${sf}/auth/password-reset/confirm`, {
      token,
      password: 'another password',
    });
    assert.equal(again.status, 401);
    const login = (password: string) => shopper.raw('POST', `${sf}/auth/login`, { email, password });
    assert.equal((await login('old password')).status, 401);
    assert.equal((await login('brand new password')).status, 200);
    assert.equal(mailbox.to(email).filter((m) => /Reset your/.test(m.subject)).length, 1);
  });

  test('a link from one store does nothing in another store of the same tenant', async () => {
    const a = await newMerchantWithStore(server);
    const other = await a.client.stores.create({ name: 'Second', domain: `second-${Date.now()}.localhost` });
    const shopper = anonymous(server);
    const email = `two-${Date.now()}@example.test`;
    await shopper.account.register(a.store.domain, {
      email,
      password: 'a password!',
      firstName: 'A',
      lastName: 'B',
    });
    const token = await linkToken(email, /Confirm your email/, 'verify-email');
    const res = await shopper.raw('POST', `/api/storefront/${other.domain}/auth/verify-email`, { token });
    assert.equal(res.status, 401);
  });
});
